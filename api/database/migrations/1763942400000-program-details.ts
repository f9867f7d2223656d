import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Type-specific read model of a program (advocacy: plan versions, lock, check-ins, outcome). */
export class ProgramDetails1763942400000 implements MigrationInterface {
  name = 'ProgramDetails1763942400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" ADD COLUMN "details" jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX "idx_programs_type_mentor_status" ON "programs" ("type", "mentor_id", "status")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_programs_type_mentor_status"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "details"`);
  }
}
