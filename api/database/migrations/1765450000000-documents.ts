import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents (issue 14): uploaded files (metadata in `files`, the bytes in `file_blobs`, so lists
 * never read the contents), the resource library and its shares with programs, and the reason a
 * study was marked done without evidence. Read-model data beside the workflows, linked by ids.
 */
export class Documents1765450000000 implements MigrationInterface {
  name = 'Documents1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "files" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(255) NOT NULL,
        "content_type" varchar(120) NOT NULL,
        "extension" varchar(10) NOT NULL,
        "size" integer NOT NULL,
        "sha256" char(64) NOT NULL,
        "owner_type" varchar(20) NOT NULL CHECK ("owner_type" IN ('program', 'plan_item', 'visit', 'resource')),
        "owner_id" uuid NOT NULL,
        "program_id" uuid REFERENCES "programs"("id") ON DELETE CASCADE,
        "uploaded_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
        "uploaded_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "files_owner_idx" ON "files" ("owner_type", "owner_id")`);
    await q.query(`CREATE INDEX "files_program_idx" ON "files" ("program_id") WHERE "program_id" IS NOT NULL`);
    await q.query(`
      CREATE TABLE "file_blobs" (
        "id" uuid PRIMARY KEY,
        "data" bytea NOT NULL
      )`);
    await q.query(`
      CREATE TABLE "resources" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "kind" varchar(10) NOT NULL CHECK ("kind" IN ('file', 'link')),
        "url" varchar(2000),
        "title_en" varchar(200) NOT NULL,
        "title_tr" varchar(200) NOT NULL,
        "description_en" text NOT NULL DEFAULT '',
        "description_tr" text NOT NULL DEFAULT '',
        "elements" jsonb NOT NULL DEFAULT '[]',
        "study_types" jsonb NOT NULL DEFAULT '[]',
        "created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "resources_elements_idx" ON "resources" USING gin ("elements")`);
    await q.query(`
      CREATE TABLE "program_resources" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "program_id" uuid NOT NULL REFERENCES "programs"("id") ON DELETE CASCADE,
        "resource_id" uuid NOT NULL REFERENCES "resources"("id") ON DELETE CASCADE,
        "note" text NOT NULL DEFAULT '',
        "shared_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
        "shared_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("program_id", "resource_id")
      )`);
    await q.query(`
      CREATE TABLE "plan_item_evidence" (
        "improvement_id" uuid PRIMARY KEY,
        "program_id" uuid NOT NULL REFERENCES "programs"("id") ON DELETE CASCADE,
        "no_evidence_reason" text,
        "file_count" integer NOT NULL DEFAULT 0,
        "recorded_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "plan_item_evidence"`);
    await q.query(`DROP TABLE "program_resources"`);
    await q.query(`DROP TABLE "resources"`);
    await q.query(`DROP TABLE "file_blobs"`);
    await q.query(`DROP TABLE "files"`);
  }
}
