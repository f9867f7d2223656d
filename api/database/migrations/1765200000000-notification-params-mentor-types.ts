import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications keep their type's parameters (task type, year, due date, last contact) so the
 * console renders them in the reader's language; people name the program types they mentor,
 * which the cohort wizard balances among.
 */
export class NotificationParamsMentorTypes1765200000000 implements MigrationInterface {
  name = 'NotificationParamsMentorTypes1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ADD COLUMN "params" jsonb`);
    await q.query(`ALTER TABLE "users" ADD COLUMN "program_types" text[] NOT NULL DEFAULT '{}'`);
    // Existing mentors mentor what they already follow.
    await q.query(
      `UPDATE "users" u SET "program_types" = ARRAY(SELECT DISTINCT p."type"::text FROM "programs" p WHERE p."mentor_id" = u."id" ORDER BY 1)
        WHERE u."role" = 'mentor'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP COLUMN "program_types"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "params"`);
  }
}
