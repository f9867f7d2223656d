import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model of programs (written by workflow activities), visits and notifications. */
export class Programs1763856000000 implements MigrationInterface {
  name = 'Programs1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "programs" (
        "id" uuid PRIMARY KEY,
        "workflow_id" varchar(200) NOT NULL UNIQUE,
        "type" varchar(20) NOT NULL CHECK ("type" IN ('institutional','advocacy')),
        "organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
        "mentor_id" uuid NOT NULL REFERENCES "users"("id"),
        "gender_expert_id" uuid REFERENCES "users"("id"),
        "manager_id" uuid NOT NULL REFERENCES "users"("id"),
        "status" varchar(20) NOT NULL,
        "stage" varchar(40) NOT NULL,
        "year" int NOT NULL DEFAULT 1,
        "years" int NOT NULL,
        "start_date" date NOT NULL,
        "config_version" int NOT NULL,
        "config" jsonb NOT NULL,
        "open_task_count" int NOT NULL DEFAULT 0,
        "overdue_task_count" int NOT NULL DEFAULT 0,
        "visit_count" int NOT NULL DEFAULT 0,
        "last_contact_at" timestamptz,
        "plan_done" int NOT NULL DEFAULT 0,
        "plan_total" int NOT NULL DEFAULT 0,
        "year_results" jsonb NOT NULL DEFAULT '[]',
        "comparison" jsonb,
        "withdrawn_reason" text,
        "state_version" int NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // One running program of a type per organization (an organization may take part in both).
    await q.query(
      `CREATE UNIQUE INDEX "uq_programs_active_per_org" ON "programs" ("organization_id", "type") WHERE "status" IN ('active','paused')`,
    );
    await q.query(`CREATE INDEX "idx_programs_mentor" ON "programs" ("mentor_id")`);
    await q.query(`CREATE INDEX "idx_programs_gender_expert" ON "programs" ("gender_expert_id")`);
    await q.query(`
      CREATE TABLE "tasks" (
        "id" uuid PRIMARY KEY,
        "program_id" uuid NOT NULL REFERENCES "programs"("id"),
        "type" varchar(40) NOT NULL,
        "year" int NOT NULL,
        "assignee_id" uuid NOT NULL REFERENCES "users"("id"),
        "status" varchar(20) NOT NULL,
        "opened_at" timestamptz NOT NULL,
        "due_at" timestamptz NOT NULL,
        "overdue" boolean NOT NULL DEFAULT false,
        "completed_at" timestamptz,
        "completed_by" uuid,
        "cancelled_reason" text,
        "data" jsonb
      )`);
    await q.query(`CREATE INDEX "idx_tasks_assignee_status" ON "tasks" ("assignee_id", "status")`);
    await q.query(`CREATE INDEX "idx_tasks_program" ON "tasks" ("program_id")`);
    await q.query(`
      CREATE TABLE "improvements" (
        "id" uuid PRIMARY KEY,
        "program_id" uuid NOT NULL REFERENCES "programs"("id"),
        "year" int NOT NULL,
        "position" int NOT NULL,
        "element" varchar(40) NOT NULL,
        "study_type" varchar(40) NOT NULL,
        "title" varchar(300) NOT NULL,
        "priority" varchar(10) NOT NULL,
        "target_date" date NOT NULL,
        "principles" jsonb NOT NULL,
        "gender_marker" int NOT NULL,
        "status" varchar(20) NOT NULL,
        "reason" text,
        "updated_at" timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX "idx_improvements_program" ON "improvements" ("program_id", "year")`);
    await q.query(`
      CREATE TABLE "visits" (
        "id" uuid PRIMARY KEY,
        "program_id" uuid NOT NULL REFERENCES "programs"("id"),
        "organization_id" uuid NOT NULL,
        "mentor_id" uuid NOT NULL,
        "year" int NOT NULL,
        "date" date NOT NULL,
        "mode" varchar(20) NOT NULL,
        "duration_minutes" int NOT NULL,
        "notes" text NOT NULL,
        "plan_item_ids" jsonb NOT NULL DEFAULT '[]',
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "idx_visits_program" ON "visits" ("program_id")`);
    await q.query(`CREATE INDEX "idx_visits_mentor_date" ON "visits" ("mentor_id", "date")`);
    await q.query(`
      CREATE TABLE "notifications" (
        "id" uuid PRIMARY KEY,
        "user_id" uuid NOT NULL REFERENCES "users"("id"),
        "type" varchar(40) NOT NULL,
        "message" text NOT NULL,
        "program_id" uuid,
        "task_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "read_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "idx_notifications_user" ON "notifications" ("user_id", "read_at")`);
    // Versioned program configuration: a program keeps the version it started with.
    await q.query(`
      CREATE TABLE "program_configs" (
        "id" serial PRIMARY KEY,
        "type" varchar(20) NOT NULL,
        "version" int NOT NULL,
        "config" jsonb NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("type", "version")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['program_configs', 'notifications', 'visits', 'improvements', 'tasks', 'programs']) await q.query(`DROP TABLE "${t}"`);
  }
}
