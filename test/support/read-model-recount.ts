import { DataSource } from 'typeorm';
import { advocacyReport, institutionalReport, n, type Row } from '../../api/reports/report-shapes';

/**
 * THE FULL RECOUNT (test reference): the report exactly as it was computed before issue 13,
 * from every row on each request. The API now reads running totals; the totals test compares.
 * Only the counting is this file's own (every row, by SQL); the answers are shaped from the counts
 * by the API's own report-shapes.ts, so the comparison checks the totals, not the shaping twice.
 *
 * Program results computed from the read model, never typed in: the figures the program
 * documents report (organizations, mentors, visits, studies by type, implementation rate,
 * gender plans; advocacy plans developed and finalised).
 */
export class ReportsRecount {
  constructor(private readonly db: DataSource) {}

  async institutional(year: number) {
    const q = <T = Row>(sql: string, params: unknown[] = [year]) => this.db.query(sql, params) as Promise<T[]>;
    // Programs that reached this year (running in it, or past it).
    const inYear = `SELECT id, organization_id, mentor_id FROM programs WHERE type = 'institutional' AND year >= $1`;
    const [scope] = await q<{ organizations: number; mentors: number; programs: number }>(
      `SELECT count(DISTINCT organization_id)::int AS organizations, count(DISTINCT mentor_id)::int AS mentors, count(*)::int AS programs FROM (${inYear}) p`,
    );
    const visitRows = await q(
      `SELECT v.mode, count(*)::int AS n FROM visits v JOIN programs p ON p.id = v.program_id WHERE p.type = 'institutional' AND v.year = $1 GROUP BY v.mode`,
    );
    const taskRows = await q(
      `SELECT t.type, count(*)::int AS n FROM tasks t JOIN programs p ON p.id = t.program_id WHERE p.type = 'institutional' AND t.year = $1 AND t.status = 'completed' GROUP BY t.type`,
    );
    const itemRows = await q(`SELECT i.status, count(*)::int AS n FROM improvements i WHERE i.year = $1 GROUP BY i.status`);
    const studyRows = await q(
      `SELECT i.study_type, count(*)::int AS n FROM improvements i WHERE i.year = $1 AND i.status = 'done' GROUP BY i.study_type`,
    );
    const plannedStudyRows = await q(`SELECT i.study_type, count(*)::int AS n FROM improvements i WHERE i.year = $1 GROUP BY i.study_type`);
    const [gender] = await q(
      `SELECT count(DISTINCT i.program_id)::int AS plans FROM improvements i WHERE i.year = $1 AND i.study_type = 'gender_mainstreaming'`,
    );
    const grades = await q<{ kind: string; element: string; avg: string }>(
      `SELECT t.type AS kind, e.key AS element, avg((e.value->>'grade')::numeric) AS avg
         FROM tasks t JOIN programs p ON p.id = t.program_id, jsonb_each(t.data->'elements') e
        WHERE p.type = 'institutional' AND t.year = $1 AND t.status = 'completed' AND t.type IN ('self_assessment','re_evaluation')
        GROUP BY t.type, e.key`,
    );
    // Like with like: the same year's programs that have both a self-assessment and a
    // re-evaluation, averaged over exactly those programs (before/after of the same CSOs).
    const graded = `SELECT t.program_id, t.type, t.data FROM tasks t JOIN programs p ON p.id = t.program_id
        WHERE p.type = 'institutional' AND t.year = $1 AND t.status = 'completed' AND t.type IN ('self_assessment','re_evaluation')
          AND jsonb_typeof(t.data->'elements') = 'object'`;
    const [gradedCounts] = await q<{ self: number; re: number; paired: number }>(
      `SELECT count(*) FILTER (WHERE type = 'self_assessment')::int AS self, count(*) FILTER (WHERE type = 're_evaluation')::int AS re,
              (SELECT count(*)::int FROM (SELECT program_id FROM (${graded}) g2 GROUP BY program_id HAVING count(DISTINCT type) = 2) b) AS paired
         FROM (${graded}) g`,
    );
    const pairedGrades = await q<{ kind: string; element: string; avg: string }>(
      `WITH g AS (${graded}), both_kinds AS (SELECT program_id FROM g GROUP BY program_id HAVING count(DISTINCT type) = 2)
       SELECT g.type AS kind, e.key AS element, avg((e.value->>'grade')::numeric) AS avg
         FROM g JOIN both_kinds b ON b.program_id = g.program_id, jsonb_each(g.data->'elements') e
        GROUP BY g.type, e.key`,
    );
    const [events] = await q(
      `SELECT count(*) FILTER (WHERE kind = 'meeting')::int AS meetings, count(*) FILTER (WHERE kind = 'workshop')::int AS workshops,
              coalesce(sum(cardinality(organization_ids)), 0)::int AS attendances
         FROM events WHERE deleted_at IS NULL`,
      [],
    );
    return institutionalReport({
      year,
      scope,
      visitRows,
      taskRows,
      itemRows,
      studyRows,
      plannedStudyRows,
      genderPlans: n(gender.plans),
      grades,
      gradedCounts,
      pairedGrades,
      events,
    });
  }

  async advocacy() {
    const rows = (await this.db.query(
      `SELECT count(*)::int AS programs,
              count(DISTINCT organization_id)::int AS organizations,
              count(DISTINCT mentor_id)::int AS mentors,
              count(*) FILTER (WHERE (details->>'latestPlanVersion') IS NOT NULL)::int AS plans_developed,
              count(*) FILTER (WHERE (details->>'finalPlanVersion') IS NOT NULL)::int AS plans_finalised,
              count(*) FILTER (WHERE status = 'completed')::int AS completed,
              count(*) FILTER (WHERE status = 'withdrawn')::int AS withdrawn,
              coalesce(sum((details->>'checkins')::int), 0)::int AS checkins
         FROM programs WHERE type = 'advocacy'`,
    )) as Row[];
    const stages = (await this.db.query(`SELECT stage, count(*)::int AS n FROM programs WHERE type = 'advocacy' GROUP BY stage`)) as Row[];
    const perMentor = (await this.db.query(
      `SELECT u.full_name AS mentor, count(*)::int AS n FROM programs p JOIN users u ON u.id = p.mentor_id
        WHERE p.type = 'advocacy' AND p.status IN ('active','paused','completed') GROUP BY u.full_name ORDER BY u.full_name`,
    )) as Row[];
    return advocacyReport(rows[0], stages, perMentor);
  }
}

/** The manager dashboard's counts as they were computed before issue 13 (every row, per request). */
export async function dashboardRecount(db: DataSource) {
  const byStage = (await db.query(
    `SELECT type, stage, count(*)::int AS n FROM programs GROUP BY type, stage ORDER BY type, stage`,
  )) as Row[];
  const [{ count: overdueCount }] = (await db.query(`SELECT count(*)::int AS count FROM tasks WHERE status = 'open' AND overdue`)) as {
    count: number;
  }[];
  const visitsPerMentor = await db.query(
    `SELECT u.id AS "mentorId", u.full_name AS "mentorName", count(v.id)::int AS visits
       FROM users u LEFT JOIN visits v ON v.mentor_id = u.id AND v.date >= date_trunc('month', now())::date
      WHERE u.role = 'mentor' AND u.is_active GROUP BY u.id, u.full_name ORDER BY u.full_name`,
  );
  return {
    programsByStage: byStage.reduce<Record<string, Record<string, number>>>((acc, r) => {
      (acc[r.type as string] ??= {})[r.stage as string] = r.n as number;
      return acc;
    }, {}),
    overdueCount,
    visitsPerMentorThisMonth: visitsPerMentor,
  };
}
