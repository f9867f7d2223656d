import { ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryNotRegisteredError, ServiceError } from '@temporalio/client';
import { Repository } from 'typeorm';
import type { AdvocacySnapshot } from '../../workflows/advocacy/contract';
import type { InstitutionalSnapshot } from '../../workflows/institutional/contract';
import { stateQuery } from '../../workflows/programs/contract';
import type { AuthUser } from '../auth/auth-user';
import type { ListQuery } from '../common/list-query';
import { pageOf } from '../common/paged-list';
import { programForCsoMember } from '../cso/cso-program-view';
import { templateRef } from '../program-types/template.type';
import { isTemporalUnavailable } from '../temporal/temporal-errors';
import { TemporalService } from '../temporal/temporal.service';
import { assertRunsProgram, canSeeProgram, scopePrograms } from './program-access';
import { Program } from './program.entity';

export const PROGRAM_SORTABLE = [
  'createdAt',
  'updatedAt',
  'stage',
  'status',
  'year',
  'startDate',
  'overdueTaskCount',
  'visitCount',
  'organizationName',
  'lastContactAt',
] as const;
/** The programs list's default status filter (issue 11): everything but withdrawn programs. */
const NOT_WITHDRAWN = 'not_withdrawn';

const COLUMN: Record<string, string> = {
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  startDate: 'start_date',
  overdueTaskCount: 'overdue_task_count',
  visitCount: 'visit_count',
  lastContactAt: 'last_contact_at',
  mentorId: 'mentor_id',
  organizationId: 'organization_id',
  genderExpertId: 'gender_expert_id',
};
const col = (f: string) => (f === 'organizationName' ? 'o.name' : `p.${COLUMN[f] ?? f}`);

/** Reading programs: the list, one program as its viewer may see it, its live state and its DTO. */
@Injectable()
export class ProgramReadService {
  private readonly logger = new Logger('Programs');

  constructor(
    @InjectRepository(Program) private readonly repo: Repository<Program>,
    private readonly temporal: TemporalService,
  ) {}

  /** The Temporal Web UI has no login and lists every CSO's workflow: its link is for admins and PMs only. */
  toDto(p: Program, viewer: AuthUser) {
    const { organization, mentor, genderExpert, config: _config, stateVersion: _v, ...rest } = p;
    const dto = {
      ...rest,
      organizationName: organization?.name ?? null,
      mentorName: mentor?.fullName ?? null,
      genderExpertName: genderExpert?.fullName ?? null,
      // Designed types: the version the program runs (its page reads that version).
      template: templateRef(p),
      temporalUiUrl: viewer.role === 'admin' || viewer.role === 'program_manager' ? this.temporal.webUiUrl(p.workflowId) : null,
    };
    // CSO members get allow-listed fields only (api/cso/cso-program-view.ts); the typed shape stays for staff.
    return viewer.role === 'cso_member' ? (programForCsoMember(dto, []) as unknown as typeof dto) : dto;
  }

  private baseQuery() {
    return (
      this.repo
        .createQueryBuilder('p')
        // Inner, deleted organisations included: organization_id is a NOT NULL foreign key, so these
        // are the same rows, and the planner may walk the organisations' name index first when the
        // list is sorted by name (a left join must start from the programs and sort them all).
        // A program of a deleted organisation keeps its name.
        .innerJoinAndSelect('p.organization', 'o')
        .leftJoinAndSelect('p.mentor', 'm')
        .leftJoinAndSelect('p.genderExpert', 'g')
        .withDeleted()
    );
  }

  async list(q: ListQuery, user: AuthUser) {
    const qb = scopePrograms(this.baseQuery(), user);
    for (const [key, value] of Object.entries(q.filter)) {
      if (value === undefined || value === '') continue;
      // The names first (trigram index), then their programs by organisation: never a scan of all programs.
      if (key === 'q')
        qb.andWhere('p.organization_id = ANY(ARRAY(SELECT s.id FROM organizations s WHERE s.name ILIKE :q))', { q: `%${String(value)}%` });
      else if (key === 'status' && value === NOT_WITHDRAWN) qb.andWhere(`p.status <> 'withdrawn'`);
      else if (Array.isArray(value)) qb.andWhere(`${col(key)} IN (:...${key})`, { [key]: value });
      else qb.andWhere(`${col(key)} = :${key}`, { [key]: value });
    }
    // Never contacted is the oldest last contact: first when sorting by last contact ascending.
    const nulls = q.sort.field === 'lastContactAt' ? (q.sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST') : undefined;
    qb.orderBy(col(q.sort.field), q.sort.order, nulls).addOrderBy('p.id');
    return pageOf(qb, 'p.id', q.skip, q.take);
  }

  async getVisible(id: string, user: AuthUser): Promise<Program> {
    const p = await this.baseQuery().where('p.id = :id', { id }).getOne();
    if (!p) throw new NotFoundException(`Program ${id} not found`);
    if (!canSeeProgram(user, p)) throw new ForbiddenException('This program is not in your portfolio');
    return p;
  }

  /** A program the caller runs (its mentor, a program manager or an admin); else 403 saying who may do `what`. */
  async getToRun(id: string, user: AuthUser, what: string): Promise<Program> {
    const p = await this.getVisible(id, user);
    assertRunsProgram(user, p, what);
    return p;
  }

  /** Live state from the workflow query; null when Temporal cannot answer right now. */
  async liveState(p: Program): Promise<InstitutionalSnapshot | AdvocacySnapshot | null> {
    try {
      return await this.temporal.client.connection.withDeadline(
        Date.now() + 3000,
        () => this.temporal.client.workflow.getHandle(p.workflowId).query(stateQuery) as Promise<InstitutionalSnapshot | AdvocacySnapshot>,
      );
    } catch (err) {
      if (isTemporalUnavailable(err)) return null;
      // A run that has not finished its first workflow task yet (a program just started, or
      // handing over to its next run) cannot answer a query: the page shows the read model.
      if (err instanceof ServiceError || err instanceof QueryNotRegisteredError) {
        this.logger.warn(`State query of ${p.workflowId} failed: ${(err as Error).message}`);
        return null;
      }
      throw err;
    }
  }
}
