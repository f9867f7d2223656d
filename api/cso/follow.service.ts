import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Checker } from '../../workflows/shared/field-errors';
import { AuditTrail } from '../audit/audit-trail';
import { programTarget } from '../programs/program-target';
import type { AuthUser } from '../auth/auth-user';
import { AppConfigService } from '../config/app-config.service';
import type { Program } from '../programs/program.entity';
import { runsProgram } from '../programs/program-access';
import { ProgramReadService } from '../programs/program-read.service';
import { unknownRole } from '../users/role';
import { assertKeys, invalid, invalidField, yearOf } from './cso-errors';
import { sharesOf } from './plan-versions';

export const SHARE_DOCUMENTS = ['gender_report', 'self_assessment_report'] as const;

const isMemberOf = (user: AuthUser, p: Program) =>
  user.role === 'cso_member' && !!user.organizationId && user.organizationId === p.organizationId;

/**
 * Issue 12, the CSO follows its program: shares of reports with the organisation, progress
 * reports on plan items, feedback on the mentoring and what comes next. All in PostgreSQL
 * (none of it changes the workflow), every write audited.
 */
@Injectable()
export class FollowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly programs: ProgramReadService,
    private readonly trail: AuditTrail,
    private readonly config: AppConfigService,
  ) {}

  // --- shares ---------------------------------------------------------------------------------

  async share(id: string, body: unknown, user: AuthUser) {
    const p = await this.programs.getToRun(id, user, 'shares reports with the organisation');
    const b = assertKeys(body, ['document', 'year']);
    const c = new Checker();
    c.oneOf('document', b.document, SHARE_DOCUMENTS);
    if (!c.ok) throw invalid(c.errors);
    if (p.type !== 'institutional') throw invalidField('document', 'only institutional programs have these reports');
    const year = yearOf(b.year, p.years);
    // Idempotent: sharing again changes nothing and adds no entry.
    const audited = (added: unknown[]) =>
      added.length ? { action: 'program.share', ...programTarget(p), details: { document: b.document, year } } : [];
    await this.trail.transaction(
      user,
      audited,
      (m) =>
        m.query(
          `INSERT INTO program_shares (program_id, document, year, shared_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING program_id`,
          [p.id, b.document, year, user.id],
        ) as Promise<unknown[]>,
    );
    return { data: await sharesOf(this.db, p.id) };
  }

  async shares(id: string, user: AuthUser) {
    const p = await this.programs.getVisible(id, user);
    return { data: await sharesOf(this.db, p.id) };
  }

  // --- plan item progress -----------------------------------------------------------------------

  private async item(itemId: string, user: AuthUser) {
    const [row] = (await this.db.query(`SELECT id, program_id, title FROM improvements WHERE id = $1`, [itemId])) as {
      id: string;
      program_id: string;
      title: string;
    }[];
    if (!row) throw new NotFoundException(`Improvement ${itemId} not found`);
    return { item: row, program: await this.programs.getVisible(row.program_id, user) };
  }

  async addProgress(itemId: string, body: unknown, user: AuthUser) {
    const { item, program: p } = await this.item(itemId, user);
    if (!isMemberOf(user, p) && !runsProgram(user, p))
      throw new ForbiddenException("Only the organisation's members and the program's mentor report progress");
    const b = assertKeys(body, ['note', 'percent']);
    const c = new Checker();
    c.text('note', b.note, { max: 2000 });
    if (b.percent !== undefined && b.percent !== null) c.int('percent', b.percent, 0, 100);
    if (!c.ok) throw invalid(c.errors);
    const audited = { action: 'plan_item.progress', ...programTarget(p), details: { improvementId: item.id, percent: b.percent ?? null } };
    const row = await this.trail.transaction(user, audited, async (m) => {
      const [r] = (await m.query(
        `INSERT INTO plan_item_progress (improvement_id, program_id, author_id, note, percent) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
        [item.id, p.id, user.id, (b.note as string).trim(), b.percent ?? null],
      )) as { id: string; created_at: Date }[];
      if (user.role === 'cso_member') {
        await m.query(
          `INSERT INTO notifications (id, user_id, type, message, params, program_id, email_pending, email_next_at)
           VALUES (gen_random_uuid(), $1, 'plan_progress_reported', $2, $3::jsonb, $4, $5, CASE WHEN $5 THEN now() END)`,
          [
            p.mentorId,
            `${user.fullName} reported progress on "${item.title.slice(0, 100)}"`,
            JSON.stringify({}),
            p.id,
            !!this.config.get('SMTP_URL'),
          ],
        );
      }
      return r;
    });
    return {
      id: row.id,
      improvementId: item.id,
      note: (b.note as string).trim(),
      percent: b.percent ?? null,
      author: { id: user.id, fullName: user.fullName, role: user.role },
      createdAt: row.created_at,
    };
  }

  async progress(itemId: string, user: AuthUser) {
    const { item } = await this.item(itemId, user);
    const rows = (await this.db.query(
      `SELECT g.id, g.note, g.percent, g.created_at AS "createdAt", u.id AS author_id, u.full_name, u.role
         FROM plan_item_progress g JOIN users u ON u.id = g.author_id WHERE g.improvement_id = $1 ORDER BY g.created_at, g.id`,
      [item.id],
    )) as { id: string; note: string; percent: number | null; createdAt: Date; author_id: string; full_name: string; role: string }[];
    return {
      data: rows.map((r) => ({
        id: r.id,
        improvementId: item.id,
        note: r.note,
        percent: r.percent,
        author: { id: r.author_id, fullName: r.full_name, role: r.role },
        createdAt: r.createdAt,
      })),
    };
  }

  // --- feedback on the mentoring ------------------------------------------------------------------

  async giveFeedback(id: string, body: unknown, user: AuthUser) {
    const p = await this.programs.getVisible(id, user);
    if (!isMemberOf(user, p)) throw new ForbiddenException("Only the organisation's members rate the mentoring");
    const b = assertKeys(body, ['about', 'visitId', 'year', 'rating', 'comment']);
    const c = new Checker();
    const aboutOk = c.oneOf('about', b.about, ['visit', 'year'] as const);
    c.int('rating', b.rating, 1, 5);
    c.optionalText('comment', b.comment, { max: 2000 });
    if (
      aboutOk &&
      b.about === 'visit' &&
      (typeof b.visitId !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(b.visitId))
    )
      c.fail('visitId', 'visitId must be the id of a visit of this program');
    if (aboutOk && b.about === 'year' && b.visitId !== undefined && b.visitId !== null)
      c.fail('visitId', 'visitId is only for feedback about a visit');
    if (!c.ok) throw invalid(c.errors);
    let year = yearOf(b.year, p.years);
    let mentorId = p.mentorId;
    if (b.about === 'visit') {
      const [v] = (await this.db.query(`SELECT mentor_id, year FROM visits WHERE id = $1 AND program_id = $2`, [b.visitId, p.id])) as {
        mentor_id: string;
        year: number;
      }[];
      if (!v) throw invalidField('visitId', 'visitId must be the id of a visit of this program');
      mentorId = v.mentor_id;
      year = v.year;
    }
    const comment = typeof b.comment === 'string' ? b.comment.trim() : '';
    const conflict =
      b.about === 'visit'
        ? `("author_id", "visit_id") WHERE "about" = 'visit'`
        : `("author_id", "program_id", "year") WHERE "about" = 'year'`;
    const audited = {
      action: 'feedback.submit',
      ...programTarget(p),
      details: { about: b.about, visitId: b.visitId ?? null, year, rating: b.rating },
    };
    const row = await this.trail.transaction(user, audited, async (m) => {
      const [r] = (await m.query(
        `INSERT INTO mentoring_feedback (program_id, author_id, about, visit_id, year, mentor_id, rating, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ${conflict} DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, updated_at = now()
         RETURNING id, created_at AS "createdAt", updated_at AS "updatedAt"`,
        [p.id, user.id, b.about, b.about === 'visit' ? b.visitId : null, year, mentorId, b.rating, comment],
      )) as { id: string; createdAt: Date; updatedAt: Date }[];
      return r;
    });
    return {
      id: row.id,
      programId: p.id,
      about: b.about,
      visitId: b.about === 'visit' ? b.visitId : null,
      year,
      rating: b.rating,
      comment,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  async feedback(id: string, user: AuthUser) {
    const p = await this.programs.getVisible(id, user);
    const role = user.role;
    let own: boolean;
    switch (role) {
      case 'cso_member':
        own = true;
        break;
      case 'admin':
      case 'program_manager':
      case 'mentor':
        own = false;
        break;
      case 'gender_expert':
        throw new ForbiddenException('Feedback on the mentoring is for the mentor and the program managers');
      default:
        return unknownRole(role);
    }
    const rows = (await this.db.query(
      `SELECT f.id, f.about, f.visit_id AS "visitId", f.year, f.rating, f.comment, f.mentor_id AS "mentorId", f.created_at AS "createdAt", f.updated_at AS "updatedAt",
              u.id AS author_id, u.full_name AS author_name
         FROM mentoring_feedback f JOIN users u ON u.id = f.author_id WHERE f.program_id = $1 ${own ? 'AND f.author_id = $2' : 'AND $2::uuid IS NOT NULL'}
        ORDER BY f.created_at DESC, f.id`,
      [p.id, user.id],
    )) as (Record<string, unknown> & { author_id: string; author_name: string })[];
    return {
      data: rows.map(({ author_id, author_name, ...r }) => ({ ...r, programId: p.id, author: { id: author_id, fullName: author_name } })),
    };
  }

  /** Satisfaction per mentor and per program (PM/admin: all; a mentor: their own row and programs). */
  async satisfaction(query: { type?: string; cohort?: string }, user: AuthUser) {
    const c = new Checker();
    if (query.type !== undefined) c.oneOf('type', query.type, ['institutional', 'advocacy'] as const);
    if (query.cohort !== undefined && !/^\d{4}$/.test(query.cohort))
      c.fail('cohort', 'cohort must be the year the programs started (YYYY)');
    if (!c.ok) throw invalid(c.errors);
    const where: string[] = ['TRUE'];
    const params: unknown[] = [];
    if (query.type) where.push(`p.type = $${params.push(query.type)}`);
    if (query.cohort) where.push(`extract(year FROM p.start_date) = $${params.push(Number(query.cohort))}`);
    if (user.role === 'mentor') where.push(`f.mentor_id = $${params.push(user.id)}`);
    const base = `FROM mentoring_feedback f JOIN programs p ON p.id = f.program_id WHERE ${where.join(' AND ')}`;
    const avg = (x: string | null) => (x === null ? null : Math.round(Number(x) * 100) / 100);
    const byMentor = (await this.db.query(
      `SELECT f.mentor_id AS "mentorId", u.full_name AS "mentorName", count(*)::int AS n, avg(f.rating)::text AS average
         ${base.replace('WHERE', 'JOIN users u ON u.id = f.mentor_id WHERE')} GROUP BY f.mentor_id, u.full_name ORDER BY u.full_name`,
      params,
    )) as { mentorId: string; mentorName: string; n: number; average: string }[];
    const byProgram = (await this.db.query(
      `SELECT f.program_id AS "programId", o.name AS "organizationName", p.type, count(*)::int AS n, avg(f.rating)::text AS average
         ${base.replace('WHERE', 'JOIN organizations o ON o.id = p.organization_id WHERE')} GROUP BY f.program_id, o.name, p.type ORDER BY o.name`,
      params,
    )) as { programId: string; organizationName: string; type: string; n: number; average: string }[];
    const [overall] = (await this.db.query(`SELECT count(*)::int AS n, avg(f.rating)::text AS average ${base}`, params)) as {
      n: number;
      average: string | null;
    }[];
    return {
      byMentor: byMentor.map((r) => ({ ...r, average: avg(r.average) })),
      byProgram: byProgram.map((r) => ({ ...r, average: avg(r.average) })),
      overall: { n: overall.n, average: avg(overall.average) },
    };
  }

  // --- what comes next ----------------------------------------------------------------------------

  async upcoming(id: string, user: AuthUser) {
    const p = await this.programs.getVisible(id, user);
    const live = (await this.programs.liveState(p)) as { upcoming?: { at: string; kind: string; taskType?: string }[] } | null;
    const TIMER: Record<string, string> = {
      checkin: 'implementation check-in',
      mid_year_review: 'mid-year review',
      no_contact_reminder: 'next contact',
      year_end: 'year end',
      implementation_end: 'end of implementation support',
      template_timer: 'timer',
    };
    const out: { kind: 'visit' | 'task' | 'event' | 'timer'; date: string; title: string; taskType?: string }[] = [];
    for (const u of live?.upcoming ?? []) {
      if (u.kind === 'task_due') out.push({ kind: 'task', date: u.at, title: u.taskType ?? 'task', taskType: u.taskType });
      else if (u.kind === 'no_contact_reminder') out.push({ kind: 'visit', date: u.at, title: TIMER[u.kind] });
      else out.push({ kind: 'timer', date: u.at, title: TIMER[u.kind] ?? u.kind });
    }
    if (!live) {
      // Temporal not answering: the open tasks' due dates from the read model.
      const tasks = (await this.db.query(`SELECT type, due_at FROM tasks WHERE program_id = $1 AND status = 'open'`, [p.id])) as {
        type: string;
        due_at: Date;
      }[];
      for (const t of tasks) out.push({ kind: 'task', date: t.due_at.toISOString(), title: t.type, taskType: t.type });
    }
    const events = (await this.db.query(
      `SELECT date::text AS date, topic, kind FROM events WHERE $1 = ANY(organization_ids) AND deleted_at IS NULL AND date >= current_date ORDER BY date LIMIT 50`,
      [p.organizationId],
    )) as { date: string; topic: string; kind: string }[];
    for (const e of events) out.push({ kind: 'event', date: e.date, title: e.topic });
    out.sort((a, b) => a.date.localeCompare(b.date));
    return { data: out };
  }
}
