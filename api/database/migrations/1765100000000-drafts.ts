import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side drafts of task forms and record dialogs: what someone has typed but not yet
 * submitted. One row per person and key; a task's draft also names the task, so completing it
 * (or deleting the task) removes it.
 */
export class Drafts1765100000000 implements MigrationInterface {
  name = 'Drafts1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "drafts" (
        "owner_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
        "key" varchar(200) NOT NULL,
        "task_id" uuid REFERENCES "tasks"("id") ON DELETE CASCADE,
        "data" jsonb NOT NULL,
        "size" integer NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("owner_id", "key")
      )`);
    await q.query(`CREATE INDEX "drafts_task_id_idx" ON "drafts" ("task_id") WHERE "task_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "drafts"`);
  }
}
