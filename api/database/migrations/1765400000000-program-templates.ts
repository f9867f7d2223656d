import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Program types designed in the console (issue 10): a template per type with its draft and its
 * published versions (each checked and compiled at publish, never changed afterwards); programs
 * of a designed type keep the version they started with; the records their stages allow.
 */
export class ProgramTemplates1765400000000 implements MigrationInterface {
  name = 'ProgramTemplates1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "program_templates" (
        "key" varchar(40) PRIMARY KEY CHECK ("key" ~ '^[a-z][a-z0-9-]{2,39}$' AND "key" NOT IN ('institutional','advocacy')),
        "name" jsonb NOT NULL,
        "created_by" uuid REFERENCES "users"("id"),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "program_template_versions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "template_key" varchar(40) NOT NULL REFERENCES "program_templates"("key"),
        "version" int NOT NULL CHECK ("version" >= 1),
        "definition" jsonb NOT NULL,
        "compiled" jsonb NOT NULL,
        "changes" jsonb NOT NULL DEFAULT '[]',
        "published_at" timestamptz NOT NULL DEFAULT now(),
        "published_by" uuid REFERENCES "users"("id"),
        UNIQUE ("template_key", "version"),
        -- Target of the programs' (template_version_id, type) reference below.
        UNIQUE ("id", "template_key")
      )`);
    await q.query(`
      CREATE TABLE "program_template_drafts" (
        "template_key" varchar(40) PRIMARY KEY REFERENCES "program_templates"("key") ON DELETE CASCADE,
        "definition" jsonb NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "updated_by" uuid REFERENCES "users"("id")
      )`);

    // programs.type: the two built-in types, or a designed key whose version the program runs.
    await q.query(`
      DO $$ DECLARE c text; BEGIN
        FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'programs'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%type%' LOOP
          EXECUTE format('ALTER TABLE programs DROP CONSTRAINT %I', c);
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE "programs" ALTER COLUMN "type" TYPE varchar(40)`);
    await q.query(`ALTER TABLE "programs" ADD COLUMN "template_version_id" uuid`);
    await q.query(`
      ALTER TABLE "programs" ADD CONSTRAINT "programs_type_template" CHECK (
        ("type" IN ('institutional','advocacy') AND "template_version_id" IS NULL)
        OR ("type" NOT IN ('institutional','advocacy') AND "template_version_id" IS NOT NULL))`);
    // A designed type's program names a published version of that very type.
    await q.query(`
      ALTER TABLE "programs" ADD CONSTRAINT "programs_template_version_fk"
        FOREIGN KEY ("template_version_id", "type") REFERENCES "program_template_versions"("id", "template_key")`);
    await q.query(
      `CREATE INDEX "idx_programs_template_version" ON "programs" ("template_version_id") WHERE "template_version_id" IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE "program_records" (
        "id" uuid PRIMARY KEY,
        "program_id" uuid NOT NULL REFERENCES "programs"("id"),
        "kind" varchar(64) NOT NULL,
        "year" int NOT NULL,
        "stage_id" varchar(64) NOT NULL,
        "data" jsonb NOT NULL,
        "created_by" uuid REFERENCES "users"("id"),
        "created_at" timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX "idx_program_records_program" ON "program_records" ("program_id", "created_at" DESC)`);
    // Template task and stage ids are the tasks' type and the programs' stage.
    await q.query(`ALTER TABLE "tasks" ALTER COLUMN "type" TYPE varchar(64)`);
    await q.query(`ALTER TABLE "programs" ALTER COLUMN "stage" TYPE varchar(64)`);
  }

  /**
   * Refuses while programs of designed types exist: the built-in type check cannot hold for them,
   * and dropping their versions and records would leave running workflows without a read model.
   * Types, versions and drafts without programs are dropped (they are only designs).
   */
  async down(q: QueryRunner): Promise<void> {
    const running = (await q.query(
      `SELECT type, count(*)::int AS n FROM "programs" WHERE "template_version_id" IS NOT NULL GROUP BY type ORDER BY type`,
    )) as { type: string; n: number }[];
    if (running.length) {
      const total = running.reduce((sum, r) => sum + r.n, 0);
      throw new Error(
        `Cannot revert ProgramTemplates1765400000000: ${total} program(s) of designed types exist (${running.map((r) => `${r.type}: ${r.n}`).join(', ')}). ` +
          'Their workflows run template versions this migration stores; nothing was changed. Remove those programs (or restore a backup taken before the migration) first.',
      );
    }
    await q.query(`DROP TABLE "program_records"`);
    await q.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_template_version_fk"`);
    await q.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_type_template"`);
    await q.query(`ALTER TABLE "programs" DROP COLUMN "template_version_id"`);
    await q.query(`ALTER TABLE "programs" ADD CONSTRAINT "programs_type_check" CHECK ("type" IN ('institutional','advocacy'))`);
    await q.query(`DROP TABLE "program_template_drafts"`);
    await q.query(`DROP TABLE "program_template_versions"`);
    await q.query(`DROP TABLE "program_templates"`);
  }
}
