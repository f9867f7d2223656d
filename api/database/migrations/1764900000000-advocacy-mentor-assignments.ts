import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mentor an advocacy program was last reassigned to by the API, written in the same locked
 * transaction that checks the mentor's load and sends the reassign signal. programs.mentor_id
 * follows only when the workflow's projection lands, so counting it alone let concurrent
 * reassignments all pass the limit check.
 */
export class AdvocacyMentorAssignments1764900000000 implements MigrationInterface {
  name = 'AdvocacyMentorAssignments1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "advocacy_mentor_assignments" (
      "program_id" uuid PRIMARY KEY REFERENCES "programs"("id") ON DELETE CASCADE,
      "mentor_id" uuid NOT NULL REFERENCES "users"("id"),
      "assigned_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "advocacy_mentor_assignments_mentor" ON "advocacy_mentor_assignments" ("mentor_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "advocacy_mentor_assignments"`);
  }
}
