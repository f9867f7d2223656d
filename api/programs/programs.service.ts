import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { QueryNotRegisteredError, ServiceError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, Repository } from 'typeorm';
import type { AdvocacySnapshot } from '../../workflows/advocacy/contract';
import type { AdvocacyConfig } from '../../workflows/advocacy/config';
import {
  closeYearSignal,
  logVisitUpdate,
  pauseSignal,
  reassignSignal,
  resumeSignal,
  withdrawSignal,
  type InstitutionalSnapshot,
} from '../../workflows/institutional/contract';
import { closeStageSignal } from '../../workflows/templates/contract';
import type { VisitInput } from '../../workflows/institutional/task-data';
import { stateQuery, type RoleActor } from '../../workflows/programs/contract';
import { SA } from '../../workflows/shared/search-attributes';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { currentIdempotencyKey, derivedUuid } from '../common/idempotency-key';
import type { ListQuery } from '../common/list-query';
import { pageOf } from '../common/paged-list';
import { WriteTimeoutException } from '../common/outage-errors';
import { AppConfigService } from '../config/app-config.service';
import { Organization } from '../organizations/organization.entity';
import { ProgramConfigService } from '../program-config/program-config.service';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { isBuiltInType, programTypeOf } from '../program-types/built-in-types';
import { programDefinition, templateRef } from '../program-types/template.type';
import { isTemporalUnavailable } from '../temporal/temporal-errors';
import { TemporalService } from '../temporal/temporal.service';
import { workflowErrorToHttp } from '../temporal/workflow-errors';
import { withWriteDeadline } from '../temporal/write-deadline';
import { User } from '../users/user.entity';
import type { CreateProgramDto } from './program.dto';
import { Visit } from '../visits/visit.entity';
import { Program, type ProgramLanguage } from './program.entity';
import { canSeeProgram, scopePrograms } from './program-access';
import { programForCsoMember } from '../cso/cso-program-view';

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
export const NOT_WITHDRAWN = 'not_withdrawn';
export const SIGNALS = ['pause', 'resume', 'withdraw', 'reassign', 'close-year', 'close-stage'] as const;
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

const isUniqueViolation = (err: unknown) => err instanceof QueryFailedError && (err as { code?: string }).code === '23505';

export const roleActor = (u: AuthUser): RoleActor => ({
  id: u.id,
  email: u.email,
  role: u.role,
  ...(u.organizationId ? { organizationId: u.organizationId } : {}),
});

/** What executeUpdate hands the caller to put into the update: its Temporal update id and audit id. */
export interface WriteIds {
  /** The Temporal update id: derived from the Idempotency-Key, so a retry attaches to the first update. */
  updateId: string;
  /** The id of the pending audit row; sent to the workflow as `auditId` next to `actor`. */
  auditId: string;
}

/** Adds `auditId` to an update or signal argument (the workflow contracts' types do not list it yet). */
export const withAuditId = <T extends object>(arg: T, auditId: string): T => ({ ...arg, auditId }) as T;

@Injectable()
export class ProgramsService {
  constructor(
    @InjectRepository(Program) private readonly repo: Repository<Program>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalService,
    private readonly audit: AuditService,
    private readonly configs: ProgramConfigService,
    private readonly appConfig: AppConfigService,
    private readonly templates: ProgramTemplatesService,
  ) {}

  /** Operators (and tests) may make runs hand over earlier than Temporal suggests. */
  private get historyEventLimit(): number | undefined {
    return this.appConfig.get('WORKFLOW_HISTORY_EVENT_LIMIT');
  }

  private readonly logger = new Logger('Programs');

  private get writeTimeoutMs(): number {
    return this.appConfig.get('WRITE_TIMEOUT_MS');
  }

  /** The audit id (= Temporal update id) of a write: derived from the Idempotency-Key when there is one. */
  private writeId(kind: string, user: AuthUser, action: string, targetId: string): string {
    const key = currentIdempotencyKey();
    return key ? derivedUuid(kind, user.id, action, targetId, key) : randomUUID();
  }

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

  private async requireUser(id: string, role: 'mentor' | 'gender_expert', field: string): Promise<User> {
    const u = await this.db.getRepository(User).findOne({ where: { id, isActive: true } });
    if (!u || u.role !== role) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { [field]: `${field} must be an active ${role.replace('_', ' ')}` },
      });
    }
    return u;
  }

  /** Advocacy: a mentor follows at most the configured number of CSOs unless a manager overrides. */
  private async assertMentorCapacity(m: EntityManager, mentorId: string, limit: number, override: boolean | undefined) {
    // Serialise starts and reassignments per mentor so two at once cannot both pass the check.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`advocacy-mentor:${mentorId}`]);
    // A reassignment the workflow has not projected yet counts for its new mentor, not the old one.
    const [{ count }] = (await m.query(
      `SELECT count(*)::int AS count FROM programs p LEFT JOIN advocacy_mentor_assignments a ON a.program_id = p.id
        WHERE p.type = 'advocacy' AND COALESCE(a.mentor_id, p.mentor_id) = $1 AND p.status IN ('active','paused')`,
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
   * A program exists in both or in neither: when the transaction fails after the start (or its
   * commit fails), the workflow is terminated and its execution deleted before the error (503)
   * goes out. With an Idempotency-Key the program id (and so the workflow id) is derived from the
   * key, so a retry finds the program the first attempt made instead of starting a second one.
   */
  async create(dto: CreateProgramDto, user: AuthUser): Promise<Program> {
    const org = await this.db.getRepository(Organization).findOne({ where: { id: dto.organizationId } });
    if (!org)
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { organizationId: 'organizationId is not a known organization' },
      });
    const key = currentIdempotencyKey();
    // Organisation and type are part of it so one cohort request (one key) gives each CSO its own id.
    const keyedId = key ? derivedUuid('program.start', user.id, key, org.id, dto.type) : null;
    if (keyedId && (await this.repo.exists({ where: { id: keyedId } }))) return this.getVisible(keyedId, user);
    const entry = programTypeOf(dto.type);
    if (!isBuiltInType(dto.type) && !(await this.templates.exists(dto.type))) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { type: `${dto.type} is not a known program type` },
      });
    }
    await this.requireUser(dto.mentorId, 'mentor', 'mentorId');
    if (entry.genderExpert === 'required') await this.requireUser(dto.genderExpertId ?? '', 'gender_expert', 'genderExpertId');
    const startDate = dto.startDate ?? new Date().toISOString().slice(0, 10);
    const starter = await entry.starter(
      { dto, org, user, startDate },
      { configs: this.configs, templates: this.templates, historyEventLimit: this.historyEventLimit },
    );
    if (entry.genderExpert === 'template' && starter.genderExpertId)
      await this.requireUser(starter.genderExpertId, 'gender_expert', 'genderExpertId');
    let attempted: { id: string; workflowId: string; started: boolean } | null = null;
    let id: string;
    try {
      id = await this.db.transaction(async (m) => {
        const active = await m
          .getRepository(Program)
          .createQueryBuilder('p')
          .where('p.organization_id = :org AND p.type = :type AND p.status IN (:...st)', {
            org: org.id,
            type: dto.type,
            st: ['active', 'paused'],
          })
          .setLock('pessimistic_write')
          .getOne();
        if (active) throw new ConflictException(`${org.name} already has an active ${dto.type} program (${active.id})`);
        if (starter.mentorLimit !== null) await this.assertMentorCapacity(m, dto.mentorId, starter.mentorLimit, dto.override);
        const id = keyedId ?? ((await m.query('SELECT gen_random_uuid() AS id')) as { id: string }[])[0].id;
        const workflowId = starter.workflowId(id);
        await m.getRepository(Program).insert({
          id,
          workflowId,
          type: dto.type,
          organizationId: org.id,
          mentorId: dto.mentorId,
          genderExpertId: starter.genderExpertId,
          managerId: user.id,
          status: 'active',
          stage: starter.firstStage,
          year: 1,
          years: starter.years,
          startDate,
          language: dto.language ?? 'tr',
          configVersion: starter.config.version,
          config: starter.config as Program['config'],
          templateVersionId: starter.templateVersionId,
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
        attempted = { id, workflowId, started: false };
        await withWriteDeadline(this.temporal.client, this.writeTimeoutMs, () =>
          this.temporal.client.workflow.start(starter.workflowType, {
            taskQueue: this.temporal.taskQueue,
            workflowId,
            // Our uncommitted row holds this id, so a run already under it can only be an orphan
            // of an earlier attempt with the same key whose clean-up did not get through.
            workflowIdConflictPolicy: 'TERMINATE_EXISTING',
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
        attempted.started = true;
        await this.audit.record(
          {
            actor: user,
            action: 'program.start',
            targetType: 'program',
            targetId: id,
            workflowId,
            result: 'ok',
            details: { ...dto, startDate, ...starter.auditDetails },
          },
          m,
        );
        return id;
      });
    } catch (err) {
      const tried = attempted as { id: string; workflowId: string; started: boolean } | null;
      // A concurrent retry with the same key committed first: its program is the answer.
      if (keyedId && isUniqueViolation(err) && (await this.repo.exists({ where: { id: keyedId } }))) return this.getVisible(keyedId, user);
      // Failed before the start, or the start itself was refused or could not reach Temporal.
      const mayHaveStarted = tried && (tried.started || err instanceof WriteTimeoutException);
      if (!tried || !mayHaveStarted) throw err;
      if (await this.repo.exists({ where: { id: tried.id } }).catch(() => false)) {
        // The commit went through although the driver reported an error: the program exists in both.
        return this.getVisible(tried.id, user);
      }
      if (err instanceof WriteTimeoutException && err.temporalDown) {
        // Nothing can be undone on a server that does not answer; a retry with the same key
        // replaces a run that did get through (TERMINATE_EXISTING above).
        this.logger.warn(`Temporal went away while starting ${tried.workflowId}; if it started, it runs without a program row`);
        throw err;
      }
      await this.undoStart(tried.workflowId, err);
      if (!tried.started) throw err;
      throw new ServiceUnavailableException({
        statusCode: 503,
        message: 'The program could not be saved in PostgreSQL, so it was not started; try again shortly',
      });
    }
    return this.getVisible(id, user);
  }

  /**
   * Terminates and deletes a workflow whose read-model row was not committed, so no program runs
   * that no list shows. Best effort (logged): when Temporal itself is down there is nothing to
   * undo in most cases, and TERMINATE_EXISTING catches the rest on a retry with the same key.
   */
  private async undoStart(workflowId: string, cause: unknown): Promise<void> {
    const client = this.temporal.client;
    const reason = `program row not saved: ${(cause as Error)?.message ?? String(cause)}`.slice(0, 500);
    try {
      await client.connection.withDeadline(Date.now() + 5000, () => client.workflow.getHandle(workflowId).terminate(reason));
    } catch (err) {
      if ((err as Error).name !== 'WorkflowNotFoundError') this.logger.warn(`Could not terminate ${workflowId}: ${(err as Error).message}`);
    }
    try {
      await client.connection.withDeadline(Date.now() + 5000, () =>
        client.workflowService.deleteWorkflowExecution({ namespace: this.temporal.namespace, workflowExecution: { workflowId } }),
      );
    } catch (err) {
      if (!/not found/i.test((err as Error).message)) this.logger.warn(`Could not delete ${workflowId}: ${(err as Error).message}`);
    }
  }

  /**
   * Sets the language of the program's documents. A setting of the read model, not of the
   * workflow: no workflow event, and the projection never writes this column.
   */
  async setLanguage(id: string, language: ProgramLanguage, user: AuthUser) {
    const p = await this.getVisible(id, user);
    if (p.language !== language) {
      await this.db.transaction(async (m) => {
        await m.getRepository(Program).update({ id }, { language });
        await this.audit.record(
          {
            actor: user,
            action: 'program.language',
            targetType: 'program',
            targetId: id,
            workflowId: p.workflowId,
            result: 'ok',
            details: { from: p.language, to: language },
          },
          m,
        );
      });
    }
    // The row as read, with the one column written: no second read.
    return this.toDto({ ...p, language } as Program, user);
  }

  /** Sends a control signal after checking the live state, so an impossible one is a clear 409. */
  async signal(
    id: string,
    name: SignalName,
    body: { reason?: string; mentorId?: string; genderExpertId?: string; override?: boolean; stageId?: string },
    user: AuthUser,
  ): Promise<void> {
    const p = await this.getVisible(id, user);
    const rules = programTypeOf(p.type).signals;
    const live = await this.liveState(p);
    const status = live?.status ?? p.status;
    const stage = live?.stage ?? p.stage;
    const refuse = async (why: string) => {
      await this.audit.record({
        actor: user,
        action: `workflow.signal.${name}`,
        targetType: 'program',
        targetId: id,
        workflowId: p.workflowId,
        result: 'rejected',
        details: { ...body, why },
      });
      return new ConflictException(why);
    };
    if (status === 'withdrawn' || status === 'completed') throw await refuse(`The program is ${status}`);
    if (name === 'pause' && status !== 'active') throw await refuse('Only an active program can be paused');
    if (name === 'resume' && status !== 'paused') throw await refuse('The program is not paused');
    if (name === 'close-year' && !rules.closeYear) throw await refuse('Only institutional programs have years to close');
    if (name === 'close-year' && (status !== 'active' || stage !== rules.closeYear!.stage)) {
      throw await refuse(
        `The year can be closed early only during ${rules.closeYear!.stage}; the program is in ${stage}${status === 'paused' ? ' (paused)' : ''}`,
      );
    }
    if (name === 'close-stage') {
      if (!rules.closeStage) throw await refuse('Only programs of a designed type have stages a manager closes');
      const def = await programDefinition(p, this.templates);
      const current = def?.stages.find((st) => st.id === stage);
      if (status !== 'active') throw await refuse(`The stage can be closed only while the program is active; it is ${status}`);
      if (body.stageId !== stage) throw await refuse(`${body.stageId} is not the current stage; the program is in ${stage}`);
      if (!current?.end.some((e) => e.kind === 'manager_close'))
        throw await refuse(`The stage ${stage} is not closed by the program manager`);
    }
    if (name === 'reassign') {
      if (!body.mentorId && !body.genderExpertId) {
        throw new BadRequestException({
          statusCode: 400,
          message: 'Validation failed',
          errors: { mentorId: 'give mentorId or genderExpertId' },
        });
      }
      if (body.genderExpertId && (!rules.genderExpert || (p.templateVersionId && !p.genderExpertId))) {
        throw new BadRequestException({
          statusCode: 400,
          message: 'Validation failed',
          errors: { genderExpertId: `${p.type} programs have no gender expert` },
        });
      }
      if (body.mentorId) await this.requireUser(body.mentorId, 'mentor', 'mentorId');
      if (body.genderExpertId) await this.requireUser(body.genderExpertId, 'gender_expert', 'genderExpertId');
    }
    // Advocacy reassignment: check the new mentor's load, record the assignment and send the
    // signal in one transaction under the mentor's lock, so concurrent ones cannot all pass.
    const refused = new WeakSet<object>();
    let deliver = (fn: () => Promise<void>) => fn();
    if (name === 'reassign' && rules.mentorLimit && body.mentorId && body.mentorId !== p.mentorId) {
      const mentorId = body.mentorId;
      const limit = (p.config as AdvocacyConfig).mentorLimit;
      deliver = (fn) =>
        this.db.transaction(async (m) => {
          await this.assertMentorCapacity(m, mentorId, limit, body.override === true).catch((err) => {
            if (err instanceof ConflictException) refused.add(err);
            throw err;
          });
          await m.query(
            `INSERT INTO advocacy_mentor_assignments (program_id, mentor_id) VALUES ($1, $2)
             ON CONFLICT (program_id) DO UPDATE SET mentor_id = EXCLUDED.mentor_id, assigned_at = now()`,
            [p.id, mentorId],
          );
          await fn();
        });
    }
    const action = `workflow.signal.${name}`;
    const auditId = this.writeId('signal', user, action, id);
    // Written before the signal is sent: if PostgreSQL cannot take it, nothing is sent (503).
    await this.audit.begin(auditId, { actor: user, action, targetType: 'program', targetId: id, workflowId: p.workflowId, details: body });
    const handle = this.temporal.client.workflow.getHandle(p.workflowId);
    const actor = { id: user.id, email: user.email };
    const arg = <T extends object>(a: T) => withAuditId(a, auditId);
    const send = () => {
      switch (name) {
        case 'pause':
          return handle.signal(pauseSignal, arg({ actor, reason: body.reason }));
        case 'resume':
          return handle.signal(resumeSignal, arg({ actor }));
        case 'withdraw':
          return handle.signal(withdrawSignal, arg({ actor, reason: body.reason ?? '' }));
        case 'reassign':
          return handle.signal(reassignSignal, arg({ actor, mentorId: body.mentorId, genderExpertId: body.genderExpertId }));
        case 'close-year':
          return handle.signal(closeYearSignal, arg({ actor }));
        case 'close-stage':
          return handle.signal(closeStageSignal, arg({ actor, stageId: body.stageId! }));
      }
    };
    try {
      await deliver(() => withWriteDeadline(this.temporal.client, this.writeTimeoutMs, send).then(() => undefined));
    } catch (err) {
      if (refused.has(err as object)) {
        await this.audit.settle(auditId, 'rejected', { why: (err as Error).message });
        throw err;
      }
      const http = workflowErrorToHttp(err);
      // A plain timeout leaves the row pending (the outcome is not known yet); everything else is settled.
      if (!(err instanceof WriteTimeoutException) || err.temporalDown) {
        await this.audit.settle(auditId, http ? 'rejected' : 'failed', { error: http ? http.getResponse() : (err as Error).message });
      }
      throw http ?? err;
    }
    await this.audit.settle(auditId, 'ok');
  }

  async logVisit(id: string, visit: VisitInput, user: AuthUser, internalNotes?: string) {
    const p = await this.getVisible(id, user);
    const logged = await this.executeUpdate(p, user, 'workflow.update.logVisit', { visit }, (h, ids) =>
      h.executeUpdate(logVisitUpdate, { args: [withAuditId({ visit, actor: roleActor(user) }, ids.auditId)], updateId: ids.updateId }),
    );
    // The private note stays out of workflow history: written beside the projected row (issue 12).
    if (internalNotes) await this.db.getRepository(Visit).update({ id: logged.id }, { internalNotes });
    // The workflow answers with the visit's identity; the stored visit (read-your-writes) is the answer.
    const stored = await this.db.getRepository(Visit).findOne({ where: { id: logged.id } });
    return stored ?? logged;
  }

  /**
   * Sends an update and audits its outcome. Rejections by the workflow's validator become
   * 400/403/404/409; the workflow and read model are unchanged in that case.
   *
   * The audit row is written first with result 'pending' (PostgreSQL down: 503, nothing sent);
   * its id goes to the workflow as `auditId` and is also the Temporal update id, both derived from
   * the Idempotency-Key when there is one, so a retry neither adds a row nor applies the update
   * twice. Past WRITE_TIMEOUT_MS the answer is 503 with Retry-After and the row stays pending
   * until a retry (or the projection) learns the outcome. Setting the outcome afterwards is best
   * effort: it can never turn an applied change into an error.
   */
  async executeUpdate<T>(
    p: Program,
    user: AuthUser,
    action: string,
    details: Record<string, unknown>,
    run: (h: ReturnType<TemporalService['client']['workflow']['getHandle']>, ids: WriteIds) => Promise<T>,
  ): Promise<T> {
    const auditId = this.writeId('update', user, action, p.id);
    await this.audit.begin(auditId, { actor: user, action, targetType: 'program', targetId: p.id, workflowId: p.workflowId, details });
    try {
      const result = await withWriteDeadline(this.temporal.client, this.writeTimeoutMs, () =>
        run(this.temporal.client.workflow.getHandle(p.workflowId), { updateId: auditId, auditId }),
      );
      await this.audit.settle(auditId, 'ok');
      return result;
    } catch (err) {
      // A plain timeout leaves the row pending: the update may still apply (the projection or a
      // retry with the same key then sets the result). Temporal gone: recorded as failed, which a
      // successful retry with the same key still turns into ok.
      if (err instanceof WriteTimeoutException && !err.temporalDown) throw err;
      const http = workflowErrorToHttp(err);
      await this.audit.settle(auditId, http ? 'rejected' : 'failed', { error: http ? http.getResponse() : (err as Error).message });
      throw http ?? err;
    }
  }
}
