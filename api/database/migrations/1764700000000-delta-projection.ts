import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delta-projection core: a program whose projection failed for good is flagged (and the
 * failure kept until a repair), and notifications carry an e-mail outbox state so that mail goes
 * out after the action's transaction, never inside it.
 */
export class DeltaProjection1764700000000 implements MigrationInterface {
  name = 'DeltaProjection1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" ADD COLUMN "read_model_error" jsonb`);
    await q.query(`
      CREATE TABLE "projection_failures" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "program_id" uuid NOT NULL,
        "workflow_id" varchar(200) NOT NULL,
        "seq" int NOT NULL,
        "reason" text NOT NULL,
        "at" timestamptz NOT NULL DEFAULT now(),
        "repaired_at" timestamptz,
        UNIQUE ("workflow_id", "seq")
      )`);
    await q.query(`CREATE INDEX "idx_projection_failures_open" ON "projection_failures" ("program_id") WHERE "repaired_at" IS NULL`);
    await q.query(`ALTER TABLE "notifications" ADD COLUMN "email_pending" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "notifications" ADD COLUMN "email_attempts" int NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "notifications" ADD COLUMN "email_next_at" timestamptz`);
    await q.query(`ALTER TABLE "notifications" ADD COLUMN "email_error" text`);
    await q.query(`CREATE INDEX "idx_notifications_email_outbox" ON "notifications" ("email_next_at") WHERE "email_pending"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_notifications_email_outbox"`);
    for (const c of ['email_error', 'email_next_at', 'email_attempts', 'email_pending'])
      await q.query(`ALTER TABLE "notifications" DROP COLUMN "${c}"`);
    await q.query(`DROP TABLE "projection_failures"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "read_model_error"`);
  }
}
