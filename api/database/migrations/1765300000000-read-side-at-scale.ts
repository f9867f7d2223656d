import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read side at national size (issue 13): indexes that match the console's filters and sorts,
 * trigram indexes for name search, and the dashboard and report figures kept as running totals.
 *
 * Totals: every write to programs, tasks, improvements and visits (the projection's statements,
 * the API's program insert, a repair) appends, in the same transaction, one row per figure it
 * changes to `read_model_totals` (key, +n/-n) from statement-level triggers with transition
 * tables. Appending, never updating a counter row, means concurrent projections never wait on
 * each other (a cohort start's eight transactions all touch "programs in self_assessment").
 * A figure is the sum of its key's rows; `mf_compact_read_model_totals()` folds them into one
 * row per key (the API does so when there are many; it is safe at any time).
 * Figures that are not sums of rows (programs with a gender plan, programs with both graded
 * forms) are kept per program and year in `read_model_parts`: the trigger recomputes that
 * program-year from its own rows and appends the difference. One program's rows are written by
 * one transaction at a time (the projection locks its program row), so that stays exact.
 */
/**
 * What one row adds to the figures (a key per figure and its dimensions; n to add), as SQL over
 * a relation of that table's rows (`rel`: the table itself, or a trigger's transition table).
 * Inlined in the triggers rather than called per row: no function call per row.
 */
const KEYS: Record<string, { alias: string; body: string }> = {
  programs: {
    alias: 'p',
    body: `
      SELECT 'programs:' || p.type || ':' || p.stage, 1::numeric
      UNION ALL SELECT 'inst_programs_year:' || p.year, 1 WHERE p.type = 'institutional'
      UNION ALL SELECT x.key, x.n FROM (
        SELECT 'adv_programs' AS key, 1::numeric AS n
        UNION ALL SELECT 'adv_status:' || p.status, 1
        UNION ALL SELECT 'adv_plans_developed', 1 WHERE (p.details->>'latestPlanVersion') IS NOT NULL
        UNION ALL SELECT 'adv_plans_finalised', 1 WHERE (p.details->>'finalPlanVersion') IS NOT NULL
        UNION ALL SELECT 'adv_checkins', (p.details->>'checkins')::numeric WHERE jsonb_typeof(p.details->'checkins') = 'number'
        UNION ALL SELECT 'adv_mentor:' || p.mentor_id, 1 WHERE p.status IN ('active', 'paused', 'completed')
      ) x WHERE p.type = 'advocacy'`,
  },
  tasks: {
    alias: 't',
    body: `
      SELECT 'overdue_open_tasks', 1::numeric WHERE t.status = 'open' AND t.overdue
      UNION ALL
      SELECT k.key, k.n
        FROM programs p
       CROSS JOIN LATERAL (SELECT t.type IN ('self_assessment', 're_evaluation') AND jsonb_typeof(t.data->'elements') = 'object' AS graded) g
       CROSS JOIN LATERAL (
         SELECT 'inst_tasks_done:' || t.year || ':' || t.type AS key, 1::numeric AS n
         UNION ALL SELECT 'graded_forms:' || t.year || ':' || t.type, 1 WHERE g.graded
         UNION ALL SELECT 'grade_sum:' || t.year || ':' || t.type || ':' || e.key, (e.value->>'grade')::numeric
           FROM jsonb_each(CASE WHEN g.graded THEN t.data->'elements' ELSE '{}'::jsonb END) e WHERE jsonb_typeof(e.value->'grade') = 'number'
         UNION ALL SELECT 'grade_n:' || t.year || ':' || t.type || ':' || e.key, 1
           FROM jsonb_each(CASE WHEN g.graded THEN t.data->'elements' ELSE '{}'::jsonb END) e WHERE jsonb_typeof(e.value->'grade') = 'number'
       ) k
       WHERE p.id = t.program_id AND p.type = 'institutional' AND t.status = 'completed'`,
  },
  improvements: {
    alias: 'i',
    body: `
      SELECT 'items:' || i.year || ':' || i.status, 1::numeric
      UNION ALL SELECT 'items_study:' || i.year || ':' || i.study_type, 1
      UNION ALL SELECT 'items_done_study:' || i.year || ':' || i.study_type, 1 WHERE i.status = 'done'`,
  },
  visits: {
    alias: 'v',
    body: `
      SELECT 'visits_mentor_month:' || v.mentor_id || ':' || to_char(v.date, 'YYYY-MM'), 1::numeric
      UNION ALL SELECT 'inst_visits:' || v.year || ':' || v.mode, 1 FROM programs p WHERE p.id = v.program_id AND p.type = 'institutional'`,
  },
};

const keysOf = (table: string, rel: string) =>
  `SELECT k.key, k.n FROM ${rel} ${KEYS[table].alias} CROSS JOIN LATERAL (${KEYS[table].body}) k(key, n)`;

/** Program-years whose rows changed: their non-additive figures are recomputed (read_model_parts). */
const PARTS = `
  CREATE FUNCTION mf_replace_parts(p_part text, p_program uuid[], p_year int[], p_counts jsonb[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO read_model_totals (key, n)
    SELECT key, sum(n) FROM (
      SELECT e.key, e.value::numeric AS n FROM unnest(p_program, p_year, p_counts) f(program_id, year, counts), jsonb_each_text(f.counts) e
      UNION ALL
      SELECT e.key, -e.value::numeric FROM read_model_parts r JOIN unnest(p_program, p_year) f(program_id, year) ON r.program_id = f.program_id AND r.year = f.year,
             jsonb_each_text(r.counts) e WHERE r.part = p_part
    ) d GROUP BY key HAVING sum(n) <> 0 ORDER BY key;
    DELETE FROM read_model_parts r USING unnest(p_program, p_year) f(program_id, year) WHERE r.part = p_part AND r.program_id = f.program_id AND r.year = f.year;
    INSERT INTO read_model_parts (part, program_id, year, counts)
    SELECT p_part, f.program_id, f.year, f.counts FROM unnest(p_program, p_year, p_counts) f(program_id, year, counts) WHERE f.counts <> '{}'::jsonb;
  END $$;

  -- Programs with a gender mainstreaming item in the year (the report's "gender plans").
  CREATE FUNCTION mf_refresh_gender_plans(p_program uuid[], p_year int[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM mf_replace_parts('gender_plan', array_agg(a.program_id), array_agg(a.year), array_agg(
             CASE WHEN EXISTS (SELECT 1 FROM improvements i WHERE i.program_id = a.program_id AND i.year = a.year AND i.study_type = 'gender_mainstreaming')
                  THEN jsonb_build_object('gender_plans:' || a.year, 1) ELSE '{}'::jsonb END))
      FROM (SELECT DISTINCT program_id, year FROM unnest(p_program, p_year) u(program_id, year)) a;
  END $$;

  -- Programs with both a graded self-assessment and re-evaluation in the year: their grades,
  -- the report's like-with-like comparison.
  CREATE FUNCTION mf_refresh_paired_grades(p_program uuid[], p_year int[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM x.done FROM (
    WITH a AS (SELECT DISTINCT program_id, year FROM unnest(p_program, p_year) u(program_id, year)),
    graded AS (
      SELECT t.program_id, t.year, t.type, t.data FROM a JOIN tasks t ON t.program_id = a.program_id AND t.year = a.year JOIN programs p ON p.id = t.program_id
       WHERE p.type = 'institutional' AND t.status = 'completed' AND t.type IN ('self_assessment', 're_evaluation') AND jsonb_typeof(t.data->'elements') = 'object'),
    paired AS (SELECT program_id, year FROM graded GROUP BY program_id, year HAVING count(DISTINCT type) = 2),
    keys AS (
      SELECT program_id, year, 'paired_programs:' || year AS key, 1::numeric AS n FROM paired
      UNION ALL
      SELECT g.program_id, g.year, x.kind || ':' || g.year || ':' || g.type || ':' || e.key, CASE WHEN x.kind = 'paired_sum' THEN (e.value->>'grade')::numeric ELSE 1 END
        FROM graded g JOIN paired USING (program_id, year), jsonb_each(g.data->'elements') e, (VALUES ('paired_sum'), ('paired_n')) x(kind)
       WHERE jsonb_typeof(e.value->'grade') = 'number'),
    counts AS (SELECT program_id, year, jsonb_object_agg(key, n) AS counts FROM (SELECT program_id, year, key, sum(n) AS n FROM keys GROUP BY 1, 2, 3) s GROUP BY 1, 2)
    SELECT mf_replace_parts('paired_grades', array_agg(a.program_id), array_agg(a.year), array_agg(coalesce(c.counts, '{}'::jsonb))) AS done
      FROM a LEFT JOIN counts c USING (program_id, year)) x;
  END $$;
`;

/** Statement-level triggers: what the statement's rows added minus what they took away. */
function totalsTrigger(table: string, after = { insert: '', update: '', delete: '' }) {
  const append = (rows: string) => `
      INSERT INTO read_model_totals (key, n)
      SELECT key, sum(n) FROM (${rows}) d GROUP BY key HAVING sum(n) <> 0 ORDER BY key;`;
  const plus = (t: string) => keysOf(table, t);
  const minus = (t: string) => `SELECT m.key, -m.n FROM (${keysOf(table, t)}) m`;
  return `
    CREATE FUNCTION mf_totals_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${append(plus('new_rows'))} ${after.insert}
      ELSIF TG_OP = 'UPDATE' THEN ${append(`${plus('new_rows')} UNION ALL ${minus('old_rows')}`)} ${after.update}
      ELSE ${append(minus('old_rows'))} ${after.delete}
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER mf_totals_${table}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mf_totals_${table}();
    CREATE TRIGGER mf_totals_${table}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mf_totals_${table}();
    CREATE TRIGGER mf_totals_${table}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mf_totals_${table}();`;
}

/** Recomputes the parts of the program-years a statement touched (`fn` is a refresh function). */
const refresh = (fn: string, from: string) =>
  `PERFORM ${fn}(array_agg(program_id), array_agg(year)) FROM (SELECT DISTINCT program_id, year FROM (${from}) x) y HAVING count(*) > 0;`;
/** `only`: the rows that can change the part (others leave it as it is, and cost nothing). */
const refreshOn = (fn: string, only: string) => ({
  insert: refresh(fn, `SELECT program_id, year FROM new_rows WHERE ${only}`),
  update: refresh(fn, `SELECT program_id, year FROM new_rows WHERE ${only} UNION ALL SELECT program_id, year FROM old_rows WHERE ${only}`),
  delete: refresh(fn, `SELECT program_id, year FROM old_rows WHERE ${only}`),
});

/** Rebuilds every total from the rows (existing data at migration time; `npm run` nothing else needs it). */
const REBUILD = `
  CREATE FUNCTION mf_rebuild_read_model_totals() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    LOCK TABLE read_model_totals, read_model_parts IN EXCLUSIVE MODE;
    DELETE FROM read_model_totals;
    DELETE FROM read_model_parts;
    INSERT INTO read_model_totals (key, n)
    SELECT key, sum(n) FROM (
      ${keysOf('programs', 'programs')}
      UNION ALL ${keysOf('tasks', 'tasks')}
      UNION ALL ${keysOf('improvements', 'improvements')}
      UNION ALL ${keysOf('visits', 'visits')}
    ) d GROUP BY key HAVING sum(n) <> 0;
    PERFORM mf_refresh_gender_plans(array_agg(program_id), array_agg(year)) FROM (SELECT DISTINCT program_id, year FROM improvements) x HAVING count(*) > 0;
    PERFORM mf_refresh_paired_grades(array_agg(program_id), array_agg(year)) FROM (SELECT DISTINCT program_id, year FROM tasks) x HAVING count(*) > 0;
  END $$;

  -- One row per key again. Safe beside writers: rows appended meanwhile are not in this
  -- statement's snapshot, so they are neither deleted nor counted twice.
  CREATE FUNCTION mf_compact_read_model_totals() RETURNS void LANGUAGE sql AS $$
    WITH d AS (DELETE FROM read_model_totals RETURNING key, n)
    INSERT INTO read_model_totals (key, n) SELECT key, sum(n) FROM d GROUP BY key HAVING sum(n) <> 0
  $$;
`;

const INDEXES = [
  // Name search (ILIKE '%...%'): trigram indexes on every column the organisation search looks at.
  `CREATE INDEX "idx_organizations_name_trgm" ON "organizations" USING gin ("name" gin_trgm_ops)`,
  `CREATE INDEX "idx_organizations_city_trgm" ON "organizations" USING gin ("city" gin_trgm_ops)`,
  `CREATE INDEX "idx_organizations_contact_trgm" ON "organizations" USING gin ("contact_person" gin_trgm_ops)`,
  `CREATE INDEX "idx_organizations_field_trgm" ON "organizations" USING gin ("field_of_work" gin_trgm_ops)`,
  `CREATE INDEX "idx_organizations_name_id" ON "organizations" ("name", "id")`,
  // Programs list: its default (not withdrawn, most overdue first), by last contact, by type and stage, by organisation.
  `CREATE INDEX "idx_programs_overdue_list" ON "programs" ("overdue_task_count" DESC, "id") WHERE "status" <> 'withdrawn'`,
  `CREATE INDEX "idx_programs_contact_list" ON "programs" ("last_contact_at" NULLS FIRST, "id") WHERE "status" <> 'withdrawn'`,
  `CREATE INDEX "idx_programs_type_stage_overdue" ON "programs" ("type", "stage", "overdue_task_count" DESC, "id")`,
  `CREATE INDEX "idx_programs_created" ON "programs" ("created_at" DESC, "id")`,
  `CREATE INDEX "idx_programs_organization" ON "programs" ("organization_id")`,
  // Report scope (distinct organisations and mentors of a year): index-only scans.
  `CREATE INDEX "idx_programs_type_year_org" ON "programs" ("type", "year", "organization_id")`,
  `CREATE INDEX "idx_programs_type_year_mentor" ON "programs" ("type", "year", "mentor_id")`,
  // Manager dashboard: no contact for too long; read model behind.
  `CREATE INDEX "idx_programs_no_contact" ON "programs" ("last_contact_at" NULLS FIRST) WHERE "type" = 'institutional' AND "status" = 'active' AND "stage" = 'implementation'`,
  `CREATE INDEX "idx_programs_read_model_error" ON "programs" ("updated_at" DESC) WHERE "read_model_error" IS NOT NULL`,
  // Tasks list: overdue first, then by due date (its default), for everyone, by status, per assignee.
  `CREATE INDEX "idx_tasks_status_list" ON "tasks" ("status", "overdue" DESC, "due_at", "id")`,
  `CREATE INDEX "idx_tasks_list" ON "tasks" ("overdue" DESC, "due_at", "id")`,
  `CREATE INDEX "idx_tasks_assignee_list" ON "tasks" ("assignee_id", "status", "overdue" DESC, "due_at", "id")`,
  `CREATE INDEX "idx_tasks_program_status_due" ON "tasks" ("program_id", "status", "due_at")`,
  `CREATE INDEX "idx_tasks_overdue_open" ON "tasks" ("due_at") WHERE "status" = 'open' AND "overdue"`,
  // Audit list, newest first; notifications, newest first per reader.
  `CREATE INDEX "idx_audit_at" ON "audit_log" ("at" DESC, "id")`,
  `CREATE INDEX "idx_notifications_user_created" ON "notifications" ("user_id", "created_at" DESC, "id")`,
];

export class ReadSideAtScale1765300000000 implements MigrationInterface {
  name = 'ReadSideAtScale1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const sql of INDEXES) await q.query(sql);
    await q.query(`CREATE TABLE "read_model_totals" ("key" text COLLATE "C" NOT NULL, "n" numeric NOT NULL)`);
    await q.query(`CREATE INDEX "idx_read_model_totals_key" ON "read_model_totals" ("key")`);
    await q.query(
      `CREATE TABLE "read_model_parts" ("part" text NOT NULL, "program_id" uuid NOT NULL, "year" int NOT NULL, "counts" jsonb NOT NULL, PRIMARY KEY ("part", "program_id", "year"))`,
    );
    await q.query(PARTS);
    await q.query(totalsTrigger('programs'));
    await q.query(totalsTrigger('tasks', refreshOn('mf_refresh_paired_grades', "type IN ('self_assessment', 're_evaluation')")));
    await q.query(totalsTrigger('improvements', refreshOn('mf_refresh_gender_plans', "study_type = 'gender_mainstreaming'")));
    await q.query(totalsTrigger('visits'));
    await q.query(REBUILD);
    await q.query(`SELECT mf_rebuild_read_model_totals()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['programs', 'tasks', 'improvements', 'visits']) {
      for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER "mf_totals_${t}_${op}" ON "${t}"`);
      await q.query(`DROP FUNCTION mf_totals_${t}()`);
    }
    await q.query(
      `DROP FUNCTION mf_rebuild_read_model_totals(), mf_compact_read_model_totals(), mf_refresh_gender_plans(uuid[], int[]), mf_refresh_paired_grades(uuid[], int[]), mf_replace_parts(text, uuid[], int[], jsonb[])`,
    );
    await q.query(`DROP TABLE "read_model_parts", "read_model_totals"`);
    for (const sql of INDEXES) await q.query(`DROP INDEX "${/"(idx_[a-z_]+)"/.exec(sql)![1]}"`);
  }
}
