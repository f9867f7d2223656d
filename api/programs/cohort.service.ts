import { HttpException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AdvocacyConfig } from '../../workflows/advocacy/config';
import { programTypeOf } from '../program-types/built-in-types';
import type { AuthUser } from '../auth/auth-user';
import { Organization } from '../organizations/organization.entity';
import { ProgramConfigService } from '../program-config/program-config.service';
import { User } from '../users/user.entity';
import type { CohortPlanDto, CohortStartDto } from './cohort.dto';
import { ProgramStartService } from './program-start.service';

export interface ItemResult {
  organizationId: string;
  ok: boolean;
  programId?: string;
  statusCode?: number;
  message?: string;
}

/** Starting a cohort: propose balanced mentor assignments, then start programs one by one. */
@Injectable()
export class CohortService {
  private readonly logger = new Logger('Cohorts');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly starts: ProgramStartService,
    private readonly configs: ProgramConfigService,
  ) {}

  /**
   * Gives each organization the mentor with the fewest running programs of that type (ties by
   * name), never past the advocacy limit; organizations no mentor can take are listed unassigned.
   * Without an explicit list, the mentors are those who mentor that program type (their
   * `programTypes`). An organization that already runs a program of that type is flagged
   * (`alreadyRunning`) and given no mentor, so the wizard shows it before Start.
   */
  async plan(dto: CohortPlanDto) {
    const explicit = !!dto.mentorIds?.length;
    const mentors = (
      await this.db.getRepository(User).find({
        where: { role: 'mentor', isActive: true, ...(explicit ? { id: In(dto.mentorIds!) } : {}) },
        order: { fullName: 'ASC' },
      })
    ).filter((m) => explicit || (m.programTypes ?? []).includes(dto.type));
    const running = (await this.db.query(
      `SELECT DISTINCT ON (organization_id) organization_id, id FROM programs
        WHERE type = $1 AND status IN ('active','paused') AND organization_id = ANY($2::uuid[])
        ORDER BY organization_id, created_at`,
      [dto.type, dto.organizationIds],
    )) as { organization_id: string; id: string }[];
    const runningProgram = new Map(running.map((r) => [r.organization_id, r.id]));
    const loads = (await this.db.query(
      // Same count as the limit check: a reassignment not projected yet counts for its new mentor.
      `SELECT COALESCE(a.mentor_id, p.mentor_id) AS mentor_id, count(*)::int AS n
         FROM programs p LEFT JOIN advocacy_mentor_assignments a ON a.program_id = p.id
        WHERE p.type = $1 AND p.status IN ('active','paused') GROUP BY 1`,
      [dto.type],
    )) as { mentor_id: string; n: number }[];
    const load = new Map(mentors.map((m) => [m.id, loads.find((l) => l.mentor_id === m.id)?.n ?? 0]));
    const limit = programTypeOf(dto.type).signals.mentorLimit ? (await this.configs.current('advocacy')).mentorLimit : Infinity;
    const orgs = await this.db.getRepository(Organization).find({ where: { id: In(dto.organizationIds) } });
    const assignments: {
      organizationId: string;
      organizationName: string | null;
      mentorId: string | null;
      mentorName: string | null;
      reason?: string;
      alreadyRunning?: { programId: string };
    }[] = [];
    for (const id of dto.organizationIds) {
      const org = orgs.find((o) => o.id === id);
      if (!org) {
        assignments.push({ organizationId: id, organizationName: null, mentorId: null, mentorName: null, reason: 'unknown organization' });
        continue;
      }
      const runningId = runningProgram.get(id);
      if (runningId) {
        assignments.push({
          organizationId: id,
          organizationName: org.name,
          mentorId: null,
          mentorName: null,
          reason: `already runs an ${dto.type} program`,
          alreadyRunning: { programId: runningId },
        });
        continue;
      }
      if (!mentors.length) {
        assignments.push({
          organizationId: id,
          organizationName: org.name,
          mentorId: null,
          mentorName: null,
          reason: `no active mentor mentors ${dto.type} programs`,
        });
        continue;
      }
      const candidate = mentors.filter((m) => load.get(m.id)! < limit).sort((a, b) => load.get(a.id)! - load.get(b.id)!)[0];
      if (!candidate) {
        assignments.push({
          organizationId: id,
          organizationName: org.name,
          mentorId: null,
          mentorName: null,
          reason: `every mentor is at the limit of ${limit} ${dto.type} CSOs`,
        });
        continue;
      }
      load.set(candidate.id, load.get(candidate.id)! + 1);
      assignments.push({ organizationId: id, organizationName: org.name, mentorId: candidate.id, mentorName: candidate.fullName });
    }
    return {
      assignments,
      loads: mentors.map((m) => ({ mentorId: m.id, mentorName: m.fullName, programs: load.get(m.id)! })),
      limit: Number.isFinite(limit) ? (limit as AdvocacyConfig['mentorLimit']) : null,
    };
  }

  /** Starts each program on its own (each is complete or absent); the result lists both kinds. */
  async start(dto: CohortStartDto, user: AuthUser): Promise<{ started: number; failed: number; results: ItemResult[] }> {
    // Several at once: overlapping starts is what makes a cohort start as fast as bare sequential
    // starts. Where mentors have a limit (advocacy), each mentor's CSOs go in the order given, so
    // the limit refuses the same (last) items as one by one would.
    const limited = programTypeOf(dto.type).signals.mentorLimit;
    const groupOf = (item: CohortStartDto['items'][number]) => (limited ? item.mentorId : item.organizationId);
    const results = await mapByGroup(dto.items, groupOf, COHORT_START_CONCURRENCY, async (item): Promise<ItemResult> => {
      try {
        const p = await this.starts.create(
          {
            type: dto.type,
            organizationId: item.organizationId,
            mentorId: item.mentorId,
            genderExpertId: dto.genderExpertId,
            startDate: dto.startDate,
            years: dto.years,
            override: dto.override,
            language: dto.language,
          },
          user,
        );
        return { organizationId: item.organizationId, ok: true, programId: p.id };
      } catch (err) {
        return { organizationId: item.organizationId, ok: false, ...this.itemError(err) };
      }
    });
    return { started: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
  }

  /**
   * An item's failure as the client may see it: HTTP errors as they are; anything else (a bug,
   * a database error) is logged and answered without its raw text.
   */
  private itemError(err: unknown): { statusCode: number; message: string } {
    if (err instanceof HttpException) {
      const body = err.getResponse() as { message?: string; errors?: Record<string, string> } | string;
      const message =
        typeof body === 'string' ? body : body.errors ? Object.values(body.errors).join('; ') : String(body.message ?? err.message);
      return { statusCode: err.getStatus(), message };
    }
    this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return { statusCode: 500, message: 'Internal server error' };
  }

  /** The same control for many programs; each answered on its own. */
  async bulkSignal(
    ids: string[],
    run: (id: string) => Promise<void>,
  ): Promise<{ accepted: number; refused: number; results: ItemResult[] }> {
    const results: ItemResult[] = [];
    for (const id of ids) {
      try {
        await run(id);
        results.push({ organizationId: id, programId: id, ok: true });
      } catch (err) {
        results.push({ organizationId: id, programId: id, ok: false, ...this.itemError(err) });
      }
    }
    return { accepted: results.filter((r) => r.ok).length, refused: results.filter((r) => !r.ok).length, results };
  }
}

const COHORT_START_CONCURRENCY = 8;

/**
 * Runs fn over items, one group (same key) at a time in the items' order and up to `limit`
 * groups at once; results keep the items' order.
 */
async function mapByGroup<T, R>(items: readonly T[], key: (item: T) => string, limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(key(item), [...(groups.get(key(item)) ?? []), i]));
  const queue = [...groups.values()];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (const i of group) results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}
