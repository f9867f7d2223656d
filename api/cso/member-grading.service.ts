import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InstitutionalConfig } from '../../workflows/institutional/config';
import { DEFAULT_INSTITUTIONAL_CONFIG } from '../../workflows/institutional/config';
import { ELEMENTS, PRINCIPLES } from '../../workflows/institutional/model';
import { Checker } from '../../workflows/shared/field-errors';
import { AuditTrail } from '../audit/audit-trail';
import { programTarget } from '../programs/program-target';
import type { AuthUser } from '../auth/auth-user';
import { AppConfigService } from '../config/app-config.service';
import type { Program } from '../programs/program.entity';
import { assertRunsProgram } from '../programs/program-access';
import { ProgramReadService } from '../programs/program-read.service';
import { unknownRole } from '../users/role';
import { assertKeys, invalid, invalidField, yearOf } from './cso-errors';

interface GradingRow {
  user_id: string;
  full_name: string;
  position: string;
  elements: Record<string, { grade: number; strengths: string; improvementAreas: string }>;
  principles: Record<string, number>;
  updated_at: Date;
}

/** 409 naming `year`: the grading round or the self-assessment it belongs to is not open. */
const notOpen = (message: string, year: string) => new ConflictException({ statusCode: 409, message, errors: { year } });

/** Median of an even count: the mean of the two middle values, to one decimal. */
export function stats(values: number[]): { n: number; min: number | null; median: number | null; max: number | null } {
  if (!values.length) return { n: 0, min: null, median: null, max: null };
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : Math.round(((s[mid - 1] + s[mid]) / 2) * 10) / 10;
  return { n: s.length, min: s[0], median, max: s[s.length - 1] };
}

/**
 * The participatory self-assessment (issue 12): before the session the mentor opens a grading
 * round; each invited member grades the elements and principles on their own; the mentor's form
 * shows every grade beside the consolidated one. Stored in PostgreSQL, never in workflow history.
 */
@Injectable()
export class MemberGradingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly programs: ProgramReadService,
    private readonly trail: AuditTrail,
    private readonly config: AppConfigService,
  ) {}

  private async institutional(id: string, user: AuthUser): Promise<Program> {
    const p = await this.programs.getVisible(id, user);
    if (p.type !== 'institutional') throw invalidField('id', 'only institutional programs have a self-assessment to grade');
    return p;
  }

  private async selfAssessmentOpen(programId: string, year: number): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM tasks WHERE program_id = $1 AND type = 'self_assessment' AND year = $2 AND status = 'open' LIMIT 1`,
      [programId, year],
    )) as unknown[];
    return rows.length > 0;
  }

  private async roundExists(programId: string, year: number): Promise<boolean> {
    return (
      ((await this.db.query(`SELECT 1 FROM member_grading_rounds WHERE program_id = $1 AND year = $2`, [programId, year])) as unknown[])
        .length > 0
    );
  }

  async open(id: string, body: unknown, user: AuthUser) {
    const p = await this.institutional(id, user);
    // After the type check (a 400 comes before a 403 here), hence not getToRun.
    assertRunsProgram(user, p, 'asks members to grade');
    const year = yearOf(assertKeys(body ?? {}, ['year']).year, p.years);
    if (!(await this.selfAssessmentOpen(p.id, year))) {
      const refused = { action: 'member_grading.open', ...programTarget(p), details: { year, why: 'self-assessment not open' } };
      throw await this.trail.refuse(
        user,
        refused,
        notOpen(`The self-assessment of year ${year} is not open`, `no open self-assessment in year ${year}`),
      );
    }
    // Idempotent: a round already open writes nothing, notifies nobody twice and adds no entry.
    const audited = (opened: boolean) => (opened ? { action: 'member_grading.open', ...programTarget(p), details: { year } } : []);
    await this.trail.transaction(user, audited, async (m) => {
      const opened = (await m.query(
        `INSERT INTO member_grading_rounds (program_id, year, opened_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING program_id`,
        [p.id, year, user.id],
      )) as unknown[];
      if (!opened.length) return false;
      await m.query(
        `INSERT INTO notifications (id, user_id, type, message, params, program_id, email_pending, email_next_at)
         SELECT gen_random_uuid(), u.id, 'member_grading_requested', $2, $3::jsonb, $4, $5, CASE WHEN $5 THEN now() END
           FROM users u WHERE u.organization_id = $1 AND u.role = 'cso_member' AND u.is_active`,
        [
          p.organizationId,
          `Please grade your organisation's elements and principles for the self-assessment of year ${year}`,
          JSON.stringify({ year }),
          p.id,
          !!this.config.get('SMTP_URL'),
        ],
      );
      return true;
    });
    return this.get(id, String(year), user);
  }

  async get(id: string, yearRaw: unknown, user: AuthUser) {
    const p = await this.institutional(id, user);
    const year = yearOf(yearRaw, p.years);
    const exists = await this.roundExists(p.id, year);
    const open = exists && (await this.selfAssessmentOpen(p.id, year));
    const rows = exists
      ? ((await this.db.query(
          `SELECT g.*, u.full_name FROM member_gradings g JOIN users u ON u.id = g.user_id WHERE g.program_id = $1 AND g.year = $2 ORDER BY u.full_name, u.id`,
          [p.id, year],
        )) as GradingRow[])
      : [];
    const mineRow = rows.find((r) => r.user_id === user.id);
    const mine = mineRow
      ? { position: mineRow.position, elements: mineRow.elements, principles: mineRow.principles, updatedAt: mineRow.updated_at }
      : null;
    const role = user.role;
    switch (role) {
      case 'cso_member':
        // Never another member's grades.
        return { year, exists, open, mine };
      case 'admin':
      case 'program_manager':
      case 'mentor':
      case 'gender_expert':
        return {
          year,
          exists,
          open,
          mine,
          summary: exists ? summarize(rows) : null,
          participants: rows.map((r) => ({ name: r.full_name, position: r.position })),
        };
      default:
        return unknownRole(role);
    }
  }

  async putMine(id: string, body: unknown, user: AuthUser) {
    const p = await this.institutional(id, user);
    if (user.role !== 'cso_member' || user.organizationId !== p.organizationId)
      throw new ForbiddenException("Only the organisation's own members grade");
    const b = assertKeys(body, ['year', 'position', 'elements', 'principles']);
    const year = yearOf(b.year, p.years);
    const config = (p.config as InstitutionalConfig)?.gradeScale ? (p.config as InstitutionalConfig) : DEFAULT_INSTITUTIONAL_CONFIG;
    const c = new Checker();
    c.text('position', b.position, { max: 200 });
    if (c.object('elements', b.elements)) {
      c.noUnknownKeys('elements', b.elements, ELEMENTS);
      for (const slug of ELEMENTS) {
        const path = `elements.${slug}`;
        const e = b.elements[slug];
        if (e === undefined) c.fail(path, `${path} is missing: every element needs a grade`);
        else if (c.object(path, e)) {
          c.noUnknownKeys(path, e, ['grade', 'strengths', 'improvementAreas']);
          c.int(`${path}.grade`, e.grade, config.gradeScale.min, config.gradeScale.max);
          c.text(`${path}.strengths`, e.strengths, { max: 4000 });
          c.text(`${path}.improvementAreas`, e.improvementAreas, { max: 4000 });
        }
      }
    }
    if (c.object('principles', b.principles)) {
      c.noUnknownKeys('principles', b.principles, PRINCIPLES);
      for (const slug of PRINCIPLES) {
        if (!(slug in b.principles)) c.fail(`principles.${slug}`, `principles.${slug} is missing`);
        else c.int(`principles.${slug}`, b.principles[slug], config.gradeScale.min, config.gradeScale.max);
      }
    }
    if (!c.ok) throw invalid(c.errors);
    if (!(await this.roundExists(p.id, year)) || !(await this.selfAssessmentOpen(p.id, year))) {
      const refused = { action: 'member_grading.submit', ...programTarget(p), details: { year, why: 'round not open' } };
      throw await this.trail.refuse(
        user,
        refused,
        notOpen(`No grading round is open for year ${year}`, `grading of year ${year} is not open`),
      );
    }
    const elements = Object.fromEntries(
      ELEMENTS.map((s) => {
        const e = (b.elements as Record<string, { grade: number; strengths: string; improvementAreas: string }>)[s];
        return [s, { grade: e.grade, strengths: e.strengths.trim(), improvementAreas: e.improvementAreas.trim() }];
      }),
    );
    const principles = Object.fromEntries(PRINCIPLES.map((s) => [s, (b.principles as Record<string, number>)[s]]));
    await this.trail.transaction(user, { action: 'member_grading.submit', ...programTarget(p), details: { year } }, async (m) => {
      await m.query(
        `INSERT INTO member_gradings (program_id, year, user_id, position, elements, principles) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)
         ON CONFLICT (program_id, year, user_id) DO UPDATE SET position = EXCLUDED.position, elements = EXCLUDED.elements, principles = EXCLUDED.principles, updated_at = now()`,
        [p.id, year, user.id, (b.position as string).trim(), JSON.stringify(elements), JSON.stringify(principles)],
      );
    });
    return this.get(id, String(year), user);
  }
}

/** The round's summary for the mentor's self-assessment form (null when no round was opened). */
export async function memberGradingContext(db: DataSource, programId: string, year: number) {
  const round = (await db.query(`SELECT 1 FROM member_grading_rounds WHERE program_id = $1 AND year = $2`, [programId, year])) as unknown[];
  if (!round.length) return null;
  const rows = (await db.query(
    `SELECT g.*, u.full_name FROM member_gradings g JOIN users u ON u.id = g.user_id WHERE g.program_id = $1 AND g.year = $2 ORDER BY u.full_name, u.id`,
    [programId, year],
  )) as GradingRow[];
  return { year, ...summarize(rows), participants: rows.map((r) => ({ name: r.full_name, position: r.position })) };
}

function summarize(rows: GradingRow[]) {
  return {
    respondents: rows.length,
    elements: Object.fromEntries(
      ELEMENTS.map((slug) => [
        slug,
        {
          ...stats(rows.map((r) => r.elements[slug]?.grade).filter((g): g is number => typeof g === 'number')),
          grades: rows.map((r) => ({
            memberName: r.full_name,
            grade: r.elements[slug]?.grade,
            strengths: r.elements[slug]?.strengths,
            improvementAreas: r.elements[slug]?.improvementAreas,
          })),
        },
      ]),
    ),
    principles: Object.fromEntries(
      PRINCIPLES.map((slug) => [slug, stats(rows.map((r) => r.principles[slug]).filter((g): g is number => typeof g === 'number'))]),
    ),
  };
}
