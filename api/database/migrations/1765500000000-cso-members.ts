import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, CSO members: the `cso_member` role bound to one organisation, single-use invitations
 * (only a SHA-256 hash of the token is stored), the mentor's private visit notes, the members'
 * gradings, plan item progress reports, feedback on the mentoring and report shares.
 *
 * visits.internal_notes is new and empty: the notes mentors wrote before this migration stay in
 * `notes`, which is the summary shared with the CSO from now on.
 *
 * Invitation mail goes through the notifications outbox, to an address that is not a user yet:
 * notifications.user_id becomes nullable and a row may carry its own recipient and link instead.
 */
export class CsoMembers1765500000000 implements MigrationInterface {
  name = 'CsoMembers1765500000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ conname }] = (await q.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'users'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%role%'`,
    )) as { conname: string }[];
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "${conname}"`);
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('admin','program_manager','mentor','gender_expert','cso_member'))`,
    );
    await q.query(`ALTER TABLE "users" ADD COLUMN "organization_id" uuid NULL REFERENCES "organizations"("id")`);
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_cso_member_organization" CHECK (("role" = 'cso_member') = ("organization_id" IS NOT NULL))`,
    );
    await q.query(`CREATE INDEX "users_organization" ON "users" ("organization_id") WHERE "organization_id" IS NOT NULL`);

    await q.query(`CREATE TABLE "invitations" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
      "email" varchar(254) NOT NULL,
      "full_name" varchar(200) NOT NULL,
      "language" varchar(2) NOT NULL DEFAULT 'en',
      "token_hash" char(64) NOT NULL UNIQUE,
      "invited_by" uuid NOT NULL REFERENCES "users"("id"),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "expires_at" timestamptz NOT NULL,
      "accepted_at" timestamptz NULL,
      "accepted_user_id" uuid NULL REFERENCES "users"("id"),
      "revoked_at" timestamptz NULL
    )`);
    await q.query(`CREATE INDEX "invitations_organization" ON "invitations" ("organization_id", "created_at" DESC)`);

    await q.query(`ALTER TABLE "visits" ADD COLUMN "internal_notes" text NOT NULL DEFAULT ''`);

    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "user_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "notifications" ADD COLUMN "recipient_email" varchar(254) NULL, ADD COLUMN "recipient_name" varchar(200) NULL, ADD COLUMN "link" text NULL`,
    );

    await q.query(`CREATE TABLE "member_grading_rounds" (
      "program_id" uuid NOT NULL REFERENCES "programs"("id"),
      "year" int NOT NULL,
      "opened_by" uuid NOT NULL REFERENCES "users"("id"),
      "opened_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("program_id", "year")
    )`);
    await q.query(`CREATE TABLE "member_gradings" (
      "program_id" uuid NOT NULL REFERENCES "programs"("id"),
      "year" int NOT NULL,
      "user_id" uuid NOT NULL REFERENCES "users"("id"),
      "position" varchar(200) NOT NULL,
      "elements" jsonb NOT NULL,
      "principles" jsonb NOT NULL,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("program_id", "year", "user_id")
    )`);
    await q.query(`CREATE TABLE "plan_item_progress" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "improvement_id" uuid NOT NULL,
      "program_id" uuid NOT NULL REFERENCES "programs"("id"),
      "author_id" uuid NOT NULL REFERENCES "users"("id"),
      "note" text NOT NULL,
      "percent" int NULL CHECK ("percent" BETWEEN 0 AND 100),
      "created_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "plan_item_progress_item" ON "plan_item_progress" ("improvement_id", "created_at")`);
    await q.query(`CREATE TABLE "mentoring_feedback" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "program_id" uuid NOT NULL REFERENCES "programs"("id"),
      "author_id" uuid NOT NULL REFERENCES "users"("id"),
      "about" varchar(5) NOT NULL CHECK ("about" IN ('visit','year')),
      "visit_id" uuid NULL,
      "year" int NOT NULL,
      "mentor_id" uuid NOT NULL,
      "rating" int NOT NULL CHECK ("rating" BETWEEN 1 AND 5),
      "comment" text NOT NULL DEFAULT '',
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CHECK (("about" = 'visit') = ("visit_id" IS NOT NULL))
    )`);
    // One per member per visit, one per member per year.
    await q.query(
      `CREATE UNIQUE INDEX "mentoring_feedback_visit" ON "mentoring_feedback" ("author_id", "visit_id") WHERE "about" = 'visit'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "mentoring_feedback_year" ON "mentoring_feedback" ("author_id", "program_id", "year") WHERE "about" = 'year'`,
    );
    await q.query(`CREATE TABLE "program_shares" (
      "program_id" uuid NOT NULL REFERENCES "programs"("id"),
      "document" varchar(40) NOT NULL,
      "year" int NOT NULL,
      "shared_by" uuid NOT NULL REFERENCES "users"("id"),
      "shared_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("program_id", "document", "year")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'program_shares',
      'mentoring_feedback',
      'plan_item_progress',
      'member_gradings',
      'member_grading_rounds',
      'invitations',
    ])
      await q.query(`DROP TABLE "${t}"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "recipient_email", DROP COLUMN "recipient_name", DROP COLUMN "link"`);
    await q.query(`DELETE FROM "notifications" WHERE "user_id" IS NULL`);
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "user_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "visits" DROP COLUMN "internal_notes"`);
    await q.query(`DELETE FROM "users" WHERE "role" = 'cso_member'`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "users_cso_member_organization"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "organization_id"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_check"`);
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('admin','program_manager','mentor','gender_expert'))`,
    );
  }
}
