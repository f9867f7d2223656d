import { BadRequestException, ConflictException, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { SA } from '../../workflows/shared/search-attributes';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { currentIdempotencyKey, derivedUuid } from '../common/idempotency-key';
import { WriteTimeoutException } from '../common/outage-errors';
import { AppConfigService } from '../config/app-config.service';
import { Organization } from '../organizations/organization.entity';
import { ProgramConfigService } from '../program-config/program-config.service';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { isBuiltInType, programTypeOf } from '../program-types/built-in-types';
import { TemporalService } from '../temporal/temporal.service';
import { withWriteDeadline } from '../temporal/write-deadline';
import { requireActiveUser } from '../users/require-active-user';
import { assertMentorCapacity } from './mentor-capacity';
import type { CreateProgramDto } from './program.dto';
import { Program } from './program.entity';
import { ProgramReadService } from './program-read.service';
import { isUniqueViolation } from '../common/pg-errors';

/** Starting a program: its read-model row and its workflow, both or neither. */
@Injectable()
export class ProgramStartService {
  private readonly logger = new Logger('Programs');

  constructor(
    @InjectRepository(Program) private readonly repo: Repository<Program>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalService,
    private readonly trail: AuditTrail,
    private readonly reads: ProgramReadService,
    private readonly configs: ProgramConfigService,
    private readonly appConfig: AppConfigService,
    private readonly templates: ProgramTemplatesService,
  ) {}

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
    if (keyedId && (await this.repo.exists({ where: { id: keyedId } }))) return this.reads.getVisible(keyedId, user);
    const entry = programTypeOf(dto.type);
    if (!isBuiltInType(dto.type) && !(await this.templates.exists(dto.type))) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { type: `${dto.type} is not a known program type` },
      });
    }
    await requireActiveUser(this.db.manager, dto.mentorId, 'mentor', 'mentorId');
    if (entry.genderExpert === 'required')
      await requireActiveUser(this.db.manager, dto.genderExpertId ?? '', 'gender_expert', 'genderExpertId');
    const startDate = dto.startDate ?? new Date().toISOString().slice(0, 10);
    const starter = await entry.starter(
      { dto, org, user, startDate },
      // Operators (and tests) may make runs hand over earlier than Temporal suggests.
      { configs: this.configs, templates: this.templates, historyEventLimit: this.appConfig.get('WORKFLOW_HISTORY_EVENT_LIMIT') },
    );
    if (entry.genderExpert === 'template' && starter.genderExpertId)
      await requireActiveUser(this.db.manager, starter.genderExpertId, 'gender_expert', 'genderExpertId');
    let attempted: { id: string; workflowId: string; started: boolean } | null = null;
    let id: string;
    try {
      const audited = (id: string) => ({
        action: 'program.start',
        targetType: 'program',
        targetId: id,
        workflowId: starter.workflowId(id),
        details: { ...dto, startDate, ...starter.auditDetails },
      });
      id = await this.trail.transaction(user, audited, async (m) => {
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
        if (starter.mentorLimit !== null) await assertMentorCapacity(m, dto.mentorId, starter.mentorLimit, dto.override);
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
        await withWriteDeadline(this.temporal.client, this.appConfig.get('WRITE_TIMEOUT_MS'), () =>
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
        return id;
      });
    } catch (err) {
      const tried = attempted as { id: string; workflowId: string; started: boolean } | null;
      // A concurrent retry with the same key committed first: its program is the answer.
      if (keyedId && isUniqueViolation(err) && (await this.repo.exists({ where: { id: keyedId } })))
        return this.reads.getVisible(keyedId, user);
      // Failed before the start, or the start itself was refused or could not reach Temporal.
      const mayHaveStarted = tried && (tried.started || err instanceof WriteTimeoutException);
      if (!tried || !mayHaveStarted) throw err;
      if (await this.repo.exists({ where: { id: tried.id } }).catch(() => false)) {
        // The commit went through although the driver reported an error: the program exists in both.
        return this.reads.getVisible(tried.id, user);
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
    return this.reads.getVisible(id, user);
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
}
