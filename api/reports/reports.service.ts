import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readTotals, totalsUnder } from '../read-model/read-model-totals';
import { advocacyReport, institutionalReport, n, type Row } from './report-shapes';

/**
 * Program results computed from the read model, never typed in: the figures the program
 * documents report (organizations, mentors, visits, studies by type, implementation rate,
 * gender plans; advocacy plans developed and finalised).
 */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every figure but the scope comes from the running totals the database keeps (see
   * api/read-model/read-model-totals.ts); the rows they replace are in the comments. The scope
   * (distinct organisations and mentors of the year's programs) is not a sum: it is counted
   * from an index-only scan of the program rows.
   */
  async institutional(year: number) {
    const q = <T = Row>(sql: string, params: unknown[] = [year]) => this.db.query(sql, params) as Promise<T[]>;
    // Programs that reached this year (running in it, or past it).
    const [scope] = await q(
      `SELECT (SELECT count(DISTINCT organization_id) FROM programs WHERE type = 'institutional' AND year >= $1)::int AS organizations,
              (SELECT count(DISTINCT mentor_id) FROM programs WHERE type = 'institutional' AND year >= $1)::int AS mentors`,
    );
    const totals = await readTotals(this.db, [
      'inst_programs_year:',
      `inst_visits:${year}:`,
      `inst_tasks_done:${year}:`,
      `items:${year}:`,
      `items_study:${year}:`,
      `items_done_study:${year}:`,
      `gender_plans:${year}`,
      `grade_sum:${year}:`,
      `grade_n:${year}:`,
      `graded_forms:${year}:`,
      `paired_programs:${year}`,
      `paired_sum:${year}:`,
      `paired_n:${year}:`,
    ]);
    const rowsOf = (prefix: string, key: string): Row[] =>
      Object.entries(totalsUnder(totals, prefix)).map(([k, v]) => ({ [key]: k, n: v }));
    scope.programs = Object.entries(totalsUnder(totals, 'inst_programs_year:')).reduce(
      (sum, [y, v]) => (Number(y) >= year ? sum + v : sum),
      0,
    );
    // visits of institutional programs in the year, by mode
    const visitRows = rowsOf(`inst_visits:${year}:`, 'mode');
    // completed tasks of institutional programs in the year, by type
    const taskRows = rowsOf(`inst_tasks_done:${year}:`, 'type');
    // plan items of the year by status; by study type (all; done)
    const itemRows = rowsOf(`items:${year}:`, 'status');
    const studyRows = rowsOf(`items_done_study:${year}:`, 'study_type');
    const plannedStudyRows = rowsOf(`items_study:${year}:`, 'study_type');
    // programs with a gender mainstreaming item in the year
    const gender = { plans: totals.get(`gender_plans:${year}`) ?? 0 };
    // average grade per element of the year's completed self-assessments and re-evaluations
    const averages = (sum: string, count: string) => {
      const out: { kind: string; element: string; avg: string }[] = [];
      for (const [key, total] of totals) {
        if (!key.startsWith(`${sum}:${year}:`)) continue;
        const [, , kind, element] = key.split(':');
        const k = totals.get(`${count}:${year}:${kind}:${element}`) ?? 0;
        if (k > 0) out.push({ kind, element, avg: String(total / k) });
      }
      return out;
    };
    const grades = averages('grade_sum', 'grade_n');
    // Like with like: the same year's programs that have both a self-assessment and a
    // re-evaluation, averaged over exactly those programs (before/after of the same CSOs).
    const gradedCounts = {
      self: totals.get(`graded_forms:${year}:self_assessment`) ?? 0,
      re: totals.get(`graded_forms:${year}:re_evaluation`) ?? 0,
      paired: totals.get(`paired_programs:${year}`) ?? 0,
    };
    const pairedGrades = averages('paired_sum', 'paired_n');
    const [events] = await q(
      `SELECT count(*) FILTER (WHERE kind = 'meeting')::int AS meetings, count(*) FILTER (WHERE kind = 'workshop')::int AS workshops,
              coalesce(sum(cardinality(organization_ids)), 0)::int AS attendances
         FROM events WHERE deleted_at IS NULL`,
      [],
    );
    return institutionalReport({
      year,
      scope: { organizations: n(scope.organizations), mentors: n(scope.mentors), programs: n(scope.programs) },
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

  /** From the running totals, but the distinct organisations and mentors (index-only scans). */
  async advocacy() {
    const [scope] = (await this.db.query(
      `SELECT (SELECT count(DISTINCT organization_id) FROM programs WHERE type = 'advocacy')::int AS organizations,
              (SELECT count(DISTINCT mentor_id) FROM programs WHERE type = 'advocacy')::int AS mentors`,
    )) as Row[];
    const totals = await readTotals(this.db, ['adv_', 'programs:advocacy:']);
    const status = totalsUnder(totals, 'adv_status:');
    const figures: Row = {
      programs: totals.get('adv_programs') ?? 0,
      organizations: scope.organizations,
      mentors: scope.mentors,
      plans_developed: totals.get('adv_plans_developed') ?? 0,
      plans_finalised: totals.get('adv_plans_finalised') ?? 0,
      completed: status.completed ?? 0,
      withdrawn: status.withdrawn ?? 0,
      checkins: totals.get('adv_checkins') ?? 0,
    };
    const stages = Object.entries(totalsUnder(totals, 'programs:advocacy:')).map(([stage, k]) => ({ stage, n: k }));
    const perMentorIds = totalsUnder(totals, 'adv_mentor:');
    const names = Object.keys(perMentorIds).length
      ? ((await this.db.query(`SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])`, [Object.keys(perMentorIds)])) as {
          id: string;
          full_name: string;
        }[])
      : [];
    // By name, as the report lists them (two mentors of the same name are one line, as before).
    const byName = new Map<string, number>();
    for (const u of names) byName.set(u.full_name, (byName.get(u.full_name) ?? 0) + perMentorIds[u.id]);
    const perMentor: Row[] = [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([mentor, k]) => ({ mentor, n: k }));
    return advocacyReport(figures, stages, perMentor);
  }
}
