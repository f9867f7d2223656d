import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { ADVOCACY_WORKFLOW, advocacyWorkflowId, type AdvocacyMentorshipInput, type AdvocacySnapshot } from '../../workflows/advocacy/contract';
import type { AdvocacyConfig } from '../../workflows/advocacy/config';
import {
  closeYearSignal,
  INSTITUTIONAL_WORKFLOW,
  institutionalWorkflowId,
  logVisitUpdate,
  pauseSignal,
  reassignSignal,
  resumeSignal,
  withdrawSignal,
  type InstitutionalProgramInput,
  type InstitutionalSnapshot,
} from '../../workflows/institutional/contract';
import type { VisitInput } from '../../workflows/institutional/task-data';
import { stateQuery, type RoleActor } from '../../workflows/programs/contract';
import { SA } from '../../workflows/shared/search-attributes';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import type { ListQuery } from '../common/list-query';
import { Organization } from '../organizations/organization.entity';
import { ProgramConfigService } from '../program-config/program-config.service';
import { isTemporalUnavailable } from '../temporal/temporal-errors';
import { TemporalService } from '../temporal/temporal.service';
import { workflowErrorToHttp } from '../temporal/workflow-errors';
import { User } from '../users/user.entity';
import type { CreateProgramDto } from './program.dto';
import { Program } from './program.entity';
import { canSeeProgram, scopePrograms } from './program-access';

export const PROGRAM_SORTABLE = ['createdAt', 'updatedAt', 'stage', 'status', 'year', 'startDate', 'overdueTaskCount', 'visitCount', 'organizationName', 'lastContactAt'] as const;
/** The programs list's default status filter (issue 11): everything but withdrawn programs. */
export const NOT_WITHDRAWN = 'not_withdrawn';
export const PROGRAM_FILTERABLE = ['type', 'status', 'stage', 'mentorId', 'organizationId', 'genderExpertId', 'q', 'id'] as const;
export const SIGNALS = ['pause', 'resume', 'withdraw', 'reassign', 'close-year'] as const;
export type SignalName = (typeof SIGNALS)[number];

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

export const roleActor = (u: AuthUser): RoleActor => ({ id: u.id, email: u.email, role: u.role });

@Injectable()
export class ProgramsService {
  constructor(
    @InjectRepository(Program) private readonly repo: Repository<Program>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalService,
    private readonly audit: AuditService,
    private readonly configs: ProgramConfigService,
  ) {}

  toDto(p: Program) {
    const { organization, mentor, genderExpert, config: _config, stateVersion: _v, ...rest } = p;
    return {
      ...rest,
      organizationName: organization?.name ?? null,
      mentorName: mentor?.fullName ?? null,
      genderExpertName: genderExpert?.fullName ?? null,
      temporalUiUrl: this.temporal.webUiUrl(p.workflowId),
    };
  }

  private baseQuery() {
    return this.repo
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.organization', 'o')
      .leftJoinAndSelect('p.mentor', 'm')
      .leftJoinAndSelect('p.genderExpert', 'g');
  }

  async list(q: ListQuery, user: AuthUser) {
    const qb = scopePrograms(this.baseQuery(), user);
    for (const [key, value] of Object.entries(q.filter)) {
      if (value === undefined || value === '') continue;
      if (key === 'q') qb.andWhere('o.name ILIKE :q', { q: `%${String(value)}%` });
      else if (key === 'status' && value === NOT_WITHDRAWN) qb.andWhere(`p.status <> 'withdrawn'`);
      else if (Array.isArray(value)) qb.andWhere(`${col(key)} IN (:...${key})`, { [key]: value });
      else qb.andWhere(`${col(key)} = :${key}`, { [key]: value });
    }
    // Never contacted is the oldest last contact: first when sorting by last contact ascending.
    const nulls = q.sort.field === 'lastContactAt' ? (q.sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST') : undefined;
    qb.orderBy(col(q.sort.field), q.sort.order, nulls).addOrderBy('p.id').skip(q.skip).take(q.take);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  async getVisible(id: string, user: AuthUser): Promise<Program> {
    const p = await this.baseQuery().where('p.id = :id', { id }).getOne();
    if (!p) throw new NotFoundException(`Program ${id} not found`);
    if (!canSeeProgram(user, p)) throw new ForbiddenException('This program is not in your portfolio');
    return p;
  }

  /** Live state from the workflow query; null when Temporal cannot answer right now. */
  async liveState(p: Program): Promise<InstitutionalSnapshot | AdvocacySnapshot | null> {
    try {
      return await this.temporal.client.connection.withDeadline(Date.now() + 3000, () =>
        this.temporal.client.workflow.getHandle(p.workflowId).query(stateQuery) as Promise<InstitutionalSnapshot | AdvocacySnapshot>,
      );
    } catch (err) {
      if (isTemporalUnavailable(err)) return null;
      throw err;
    }
  }

  private async requireUser(id: string, role: 'mentor' | 'gender_expert', field: string): Promise<User> {
    const u = await this.db.getRepository(User).findOne({ where: { id, isActive: true } });
    if (!u || u.role !== role) {
      throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { [field]: `${field} must be an active ${role.replace('_', ' ')}` } });
    }
    return u;
  }

  /** Advocacy: a mentor follows at most the configured number of CSOs unless a manager overrides. */
  private async assertMentorCapacity(m: EntityManager, mentorId: string, limit: number, override: boolean | undefined) {
    // Serialise starts and reassignments per mentor so two at once cannot both pass the check.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`advocacy-mentor:${mentorId}`]);
    const [{ count }] = (await m.query(
      `SELECT count(*)::int AS count FROM programs WHERE type = 'advocacy' AND mentor_id = $1 AND status IN ('active','paused')`,
      [mentorId],
    )) as { count: number }[];
    if (count >= limit && !override) {
      throw new ConflictException(
        `This mentor already follows ${count} advocacy CSOs (limit ${limit}); choose another mentor or confirm an override`,
      );
    }
  }

  /**
   * Writes the read-model row and starts the workflow in one transaction: if Temporal is
   * unreachable nothing is written (503); one active program per organization and type (409).
   */
  async create(dto: CreateProgramDto, user: AuthUser): Promise<Program> {
    const org = await this.db.getRepository(Organization).findOne({ where: { id: dto.organizationId } });
    if (!org) throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { organizationId: 'organizationId is not a known organization' } });
    await this.requireUser(dto.mentorId, 'mentor', 'mentorId');
    if (dto.type === 'institutional') await this.requireUser(dto.genderExpertId ?? '', 'gender_expert', 'genderExpertId');
    const startDate = dto.startDate ?? new Date().toISOString().slice(0, 10);
    const starter = dto.type === 'institutional' ? await this.institutionalStarter(dto, org, user, startDate) : await this.advocacyStarter(dto, org, user, startDate);
    const id = await this.db.transaction(async (m) => {
      const active = await m
        .getRepository(Program)
        .createQueryBuilder('p')
        .where('p.organization_id = :org AND p.type = :type AND p.status IN (:...st)', { org: org.id, type: dto.type, st: ['active', 'paused'] })
        .setLock('pessimistic_write')
        .getOne();
      if (active) throw new ConflictException(`${org.name} already has an active ${dto.type} program (${active.id})`);
      if (dto.type === 'advocacy') await this.assertMentorCapacity(m, dto.mentorId, (starter.config as AdvocacyConfig).mentorLimit, dto.override);
      const [{ id }] = (await m.query('SELECT gen_random_uuid() AS id')) as { id: string }[];
      const workflowId = starter.workflowId(id);
      await m.getRepository(Program).insert({
        id,
        workflowId,
        type: dto.type,
        organizationId: org.id,
        mentorId: dto.mentorId,
        genderExpertId: dto.type === 'institutional' ? dto.genderExpertId! : null,
        managerId: user.id,
        status: 'active',
        stage: starter.firstStage,
        year: 1,
        years: starter.years,
        startDate,
        configVersion: starter.config.version,
        config: starter.config,
        details: {},
        openTaskCount: 0,
        overdueTaskCount: 0,
        visitCount: 0,
        lastContactAt: null,
        planDone: 0,
        planTotal: 0,
        yearResults: [],
        comparison: null,
        withdrawnReason: null,
        stateVersion: 0,
      });
      await this.temporal.client.connection.withDeadline(Date.now() + 10_000, () =>
        this.temporal.client.workflow.start(starter.workflowType, {
          taskQueue: this.temporal.taskQueue,
          workflowId,
          args: [starter.input(id)],
          typedSearchAttributes: [
            { key: SA.ProgramType, value: dto.type },
            { key: SA.OrganizationId, value: org.id },
            { key: SA.MentorId, value: dto.mentorId },
            { key: SA.Stage, value: starter.firstStage },
            { key: SA.ProgramYear, value: 1 },
            { key: SA.ProgramStatus, value: 'active' },
          ],
        }),
      );
      await this.audit.record(
        { actor: user, action: 'program.start', targetType: 'program', targetId: id, workflowId, result: 'ok', details: { ...dto, startDate, configVersion: starter.config.version } },
        m,
      );
      return id;
    });
    return this.getVisible(id, user);
  }

  private async institutionalStarter(dto: CreateProgramDto, org: Organization, user: AuthUser, startDate: string) {
    const config = await this.configs.current('institutional');
    const years = dto.years ?? 2;
    return {
      config,
      years,
      firstStage: 'self_assessment',
      workflowType: INSTITUTIONAL_WORKFLOW,
      workflowId: institutionalWorkflowId,
      input: (programId: string): InstitutionalProgramInput => ({
        programId,
        organizationId: org.id,
        organizationName: org.name,
        mentorId: dto.mentorId,
        genderExpertId: dto.genderExpertId!,
        managerId: user.id,
        startedBy: { id: user.id, email: user.email },
        startDate,
        years,
        config,
      }),
    };
  }

  private async advocacyStarter(dto: CreateProgramDto, org: Organization, user: AuthUser, startDate: string) {
    const config = await this.configs.current('advocacy');
    return {
      config,
      years: 1,
      firstStage: 'needs_assessment',
      workflowType: ADVOCACY_WORKFLOW,
      workflowId: advocacyWorkflowId,
      input: (programId: string): AdvocacyMentorshipInput => ({
        programId,
        organizationId: org.id,
        organizationName: org.name,
        mentorId: dto.mentorId,
        managerId: user.id,
        startedBy: { id: user.id, email: user.email },
        startDate,
        config,
      }),
    };
  }

  /** Sends a control signal after checking the live state, so an impossible one is a clear 409. */
  async signal(id: string, name: SignalName, body: { reason?: string; mentorId?: string; genderExpertId?: string; override?: boolean }, user: AuthUser): Promise<void> {
    const p = await this.getVisible(id, user);
    const live = await this.liveState(p);
    const status = live?.status ?? p.status;
    const stage = live?.stage ?? p.stage;
    const refuse = async (why: string) => {
      await this.audit.record({ actor: user, action: `workflow.signal.${name}`, targetType: 'program', targetId: id, workflowId: p.workflowId, result: 'rejected', details: { ...body, why } });
      return new ConflictException(why);
    };
    if (status === 'withdrawn' || status === 'completed') throw await refuse(`The program is ${status}`);
    if (name === 'pause' && status !== 'active') throw await refuse('Only an active program can be paused');
    if (name === 'resume' && status !== 'paused') throw await refuse('The program is not paused');
    if (name === 'close-year' && p.type !== 'institutional') throw await refuse('Only institutional programs have years to close');
    if (name === 'close-year' && (status !== 'active' || stage !== 'implementation')) {
      throw await refuse(`The year can be closed early only during implementation; the program is in ${stage}${status === 'paused' ? ' (paused)' : ''}`);
    }
    if (name === 'reassign') {
      if (!body.mentorId && !body.genderExpertId) {
        throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { mentorId: 'give mentorId or genderExpertId' } });
      }
      if (body.genderExpertId && p.type !== 'institutional') {
        throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { genderExpertId: 'advocacy mentorships have no gender expert' } });
      }
      if (body.mentorId) await this.requireUser(body.mentorId, 'mentor', 'mentorId');
      if (body.genderExpertId) await this.requireUser(body.genderExpertId, 'gender_expert', 'genderExpertId');
      if (p.type === 'advocacy' && body.mentorId && body.mentorId !== p.mentorId) {
        const limit = (p.config as AdvocacyConfig).mentorLimit;
        await this.db.transaction((m) => this.assertMentorCapacity(m, body.mentorId!, limit, body.override === true)).catch(async (err) => {
          throw err instanceof ConflictException ? await refuse(err.message) : err;
        });
      }
    }
    const handle = this.temporal.client.workflow.getHandle(p.workflowId);
    const actor = { id: user.id, email: user.email };
    const send = () => {
      switch (name) {
        case 'pause':
          return handle.signal(pauseSignal, { actor, reason: body.reason });
        case 'resume':
          return handle.signal(resumeSignal, { actor });
        case 'withdraw':
          return handle.signal(withdrawSignal, { actor, reason: body.reason ?? '' });
        case 'reassign':
          return handle.signal(reassignSignal, { actor, mentorId: body.mentorId, genderExpertId: body.genderExpertId });
        case 'close-year':
          return handle.signal(closeYearSignal, { actor });
      }
    };
    try {
      await this.temporal.client.connection.withDeadline(Date.now() + 10_000, send);
    } catch (err) {
      await this.audit.record({ actor: user, action: `workflow.signal.${name}`, targetType: 'program', targetId: id, workflowId: p.workflowId, result: 'failed', details: { ...body, error: (err as Error).message } });
      throw workflowErrorToHttp(err) ?? err;
    }
    await this.audit.record({ actor: user, action: `workflow.signal.${name}`, targetType: 'program', targetId: id, workflowId: p.workflowId, result: 'ok', details: body });
  }

  async logVisit(id: string, visit: VisitInput, user: AuthUser) {
    const p = await this.getVisible(id, user);
    return this.executeUpdate(p, user, 'workflow.update.logVisit', { visit }, (h) =>
      h.executeUpdate(logVisitUpdate, { args: [{ visit, actor: roleActor(user) }] }),
    );
  }

  /**
   * Sends an update and audits its outcome. Rejections by the workflow's validator become
   * 400/403/404/409; the workflow and read model are unchanged in that case.
   */
  async executeUpdate<T>(
    p: Program,
    user: AuthUser,
    action: string,
    details: Record<string, unknown>,
    run: (h: ReturnType<TemporalService['client']['workflow']['getHandle']>) => Promise<T>,
  ): Promise<T> {
    try {
      const result = await run(this.temporal.client.workflow.getHandle(p.workflowId));
      await this.audit.record({ actor: user, action, targetType: 'program', targetId: p.id, workflowId: p.workflowId, result: 'ok', details });
      return result;
    } catch (err) {
      const http = workflowErrorToHttp(err);
      await this.audit.record({
        actor: user,
        action,
        targetType: 'program',
        targetId: p.id,
        workflowId: p.workflowId,
        result: http ? 'rejected' : 'failed',
        details: { ...details, error: http ? http.getResponse() : (err as Error).message },
      });
      throw http ?? err;
    }
  }
}
