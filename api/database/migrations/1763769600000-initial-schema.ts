import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763769600000 implements MigrationInterface {
  name = 'InitialSchema1763769600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL UNIQUE,
        "full_name" varchar(200) NOT NULL,
        "role" varchar(32) NOT NULL CHECK ("role" IN ('admin','program_manager','mentor','gender_expert')),
        "password_hash" varchar(255) NOT NULL,
        "is_active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "organizations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "city" varchar(100) NOT NULL,
        "field_of_work" varchar(200) NOT NULL,
        "contact_person" varchar(200) NOT NULL,
        "email" varchar(254) NOT NULL,
        "phone" varchar(40) NOT NULL,
        "onboarding_workflow_id" varchar(200),
        "onboarded_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "deleted_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "idx_organizations_name" ON "organizations" (lower("name"))`);
    await q.query(`CREATE INDEX "idx_organizations_city" ON "organizations" ("city")`);
    await q.query(`
      CREATE TABLE "audit_log" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "actor_email" varchar(254),
        "action" varchar(100) NOT NULL,
        "target_type" varchar(50) NOT NULL,
        "target_id" varchar(200),
        "workflow_id" varchar(200),
        "result" varchar(20) NOT NULL,
        "details" jsonb
      )`);
    await q.query(`CREATE INDEX "idx_audit_actor" ON "audit_log" ("actor_id")`);
    await q.query(`CREATE INDEX "idx_audit_action" ON "audit_log" ("action")`);
    await q.query(`CREATE INDEX "idx_audit_target" ON "audit_log" ("target_type", "target_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP TABLE "organizations"`);
    await q.query(`DROP TABLE "users"`);
  }
}
