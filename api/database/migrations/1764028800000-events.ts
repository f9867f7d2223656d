import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Peer-learning (CSO-CSO network) meetings and workshops with the organizations attending. */
export class Events1764028800000 implements MigrationInterface {
  name = 'Events1764028800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "events" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "kind" varchar(20) NOT NULL CHECK ("kind" IN ('meeting','workshop')),
        "date" date NOT NULL,
        "topic" varchar(300) NOT NULL,
        "notes" text NOT NULL DEFAULT '',
        "organization_ids" uuid[] NOT NULL,
        "created_by" uuid REFERENCES "users"("id"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "deleted_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "idx_events_orgs" ON "events" USING gin ("organization_ids")`);
    await q.query(`CREATE INDEX "idx_events_date" ON "events" ("date")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "events"`);
  }
}
