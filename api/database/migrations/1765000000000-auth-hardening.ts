import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * users.token_version: every token carries the version it was issued at; a password change,
 * a deactivation or a logout bumps it, so older tokens stop working at once.
 * login_attempts: the login throttle's counters, shared by every API replica and kept across
 * restarts (one row per e-mail and per client address, for the current window).
 */
export class AuthHardening1765000000000 implements MigrationInterface {
  name = 'AuthHardening1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD COLUMN "token_version" integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE "login_attempts" (
        "key" varchar(300) PRIMARY KEY,
        "attempts" integer NOT NULL,
        "window_start" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "login_attempts_window_start" ON "login_attempts" ("window_start")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_attempts"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
  }
}
