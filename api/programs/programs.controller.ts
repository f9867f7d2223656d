import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers, Roles } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { PROGRAM_FILTERS, programFilters } from '../common/list-filters';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { setListHeaders } from '../common/paged-list';
import { flattenValidationErrors } from '../common/validation.pipe';
import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { DraftsService } from '../drafts/drafts.service';
import { TasksService } from '../tasks/tasks.service';
import { BulkSignalDto, CohortPlanDto, CohortStartDto } from './cohort.dto';
import { CohortService } from './cohort.service';
import { CloseStageDto, CreateProgramDto, EmptyDto, PauseDto, ProgramLanguageDto, ReassignDto, VisitDto, WithdrawDto } from './program.dto';
import { PROGRAM_SORTABLE, ProgramReadService } from './program-read.service';
import { ProgramLanguageService } from './program-language.service';
import { SIGNALS, ProgramSignalsService, type SignalName } from './program-signals.service';
import { ProgramStartService } from './program-start.service';
import { VisitsService } from '../visits/visits.service';
import { definedOnly } from '../common/defined-only';
import { programTypeEntry } from '../../workflows/programs/registry';
import { assertVisitHappened } from '../visits/visit-date';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AdvocacySnapshot } from '../../workflows/advocacy/types';
import { programForCsoMember } from '../cso/cso-program-view';
import { planVersionsOf, sharesOf } from '../cso/plan-versions';

const SIGNAL_BODY = {
  pause: PauseDto,
  resume: EmptyDto,
  withdraw: WithdrawDto,
  reassign: ReassignDto,
  'close-year': EmptyDto,
  'close-stage': CloseStageDto,
};

@ApiTags('programs')
@ApiBearerAuth()
@Controller('programs')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramReadService,
    private readonly starts: ProgramStartService,
    private readonly signals: ProgramSignalsService,
    private readonly languages: ProgramLanguageService,
    private readonly visits: VisitsService,
    private readonly tasks: TasksService,
    private readonly cohorts: CohortService,
    private readonly drafts: DraftsService,
    private readonly templates: ProgramTemplatesService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @OpenToCsoMembers()
  @Get()
  @ApiListQuery({
    sortable: PROGRAM_SORTABLE,
    filterable: Object.keys(PROGRAM_FILTERS),
    filterExample: { type: 'institutional', stage: 'implementation' },
  })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const filters = programFilters(await this.templates.vocabulary());
    const q = parseListQuery(raw, { sortable: PROGRAM_SORTABLE, filters, defaultSort: { field: 'createdAt', order: 'DESC' } });
    const page = await this.programs.list(q, user);
    setListHeaders(res, 'programs', q.skip, page);
    return page.rows.map((p) => this.programs.toDto(p, user));
  }

  /** The read model plus the live state from the workflow query and the program's configuration. */
  @OpenToCsoMembers()
  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    const p = await this.programs.getVisible(id, user);
    const live = await this.programs.liveState(p);
    const planVersions = p.type === 'advocacy' ? await planVersionsOf(this.db, live as AdvocacySnapshot | null, p.details) : undefined;
    const detail = { ...this.programs.toDto(p, user), live, config: p.config, ...(planVersions ? { planVersions } : {}) };
    if (user.role === 'cso_member') return programForCsoMember(detail, await sharesOf(this.db, p.id));
    return detail;
  }

  @Post()
  @Roles('admin', 'program_manager')
  @ApiCreatedResponse({ description: '{id, workflowId, type, status, stage, year, ...}' })
  async create(@Body() dto: CreateProgramDto, @CurrentUser() user: AuthUser) {
    return this.programs.toDto(await this.starts.create(dto, user), user);
  }

  /** Balanced mentor assignments for a cohort (nothing is started). */
  @Post('cohort/plan')
  @Roles('admin', 'program_manager')
  @HttpCode(200)
  planCohort(@Body() dto: CohortPlanDto) {
    return this.cohorts.plan(dto);
  }

  /** Starts a cohort's programs one by one: {started, failed, results: [{organizationId, ok, programId | statusCode, message}]}. */
  @Post('cohort')
  @Roles('admin', 'program_manager')
  @HttpCode(200)
  startCohort(@Body() dto: CohortStartDto, @CurrentUser() user: AuthUser) {
    return this.cohorts.start(dto, user);
  }

  /** The same control for many programs: {accepted, refused, results}. */
  @Post('signals/:name')
  @Roles('admin', 'program_manager')
  @HttpCode(200)
  async bulkSignal(@Param('name') name: string, @Body() dto: BulkSignalDto, @CurrentUser() user: AuthUser) {
    if (!(SIGNALS as readonly string[]).includes(name))
      throw new NotFoundException(`Unknown signal ${name}; use one of ${SIGNALS.join(', ')}`);
    const { ids, ...rest } = dto;
    const body = plainToInstance(SIGNAL_BODY[name as SignalName], definedOnly(rest));
    const errors = await validate(body, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    if (errors.length)
      throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: flattenValidationErrors(errors) });
    return this.cohorts.bulkSignal(ids, (id) => this.signals.signal(id, name as SignalName, body as object, user));
  }

  @Post(':id/signals/:name')
  @Roles('admin', 'program_manager')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '{accepted: true}; 409 when the program is not in a state for it' })
  async signal(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('name') name: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
  ) {
    if (!(SIGNALS as readonly string[]).includes(name))
      throw new NotFoundException(`Unknown signal ${name}; use one of ${SIGNALS.join(', ')}`);
    // The body's shape depends on the signal name, so it is validated here rather than by the pipe.
    const dto = plainToInstance(SIGNAL_BODY[name as SignalName], body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    if (errors.length)
      throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: flattenValidationErrors(errors) });
    await this.signals.signal(id, name as SignalName, dto as object, user);
    return { accepted: true };
  }

  /** The language of the program's documents; the program's mentor may change it too. */
  @Put(':id/language')
  @Roles('admin', 'program_manager', 'mentor')
  setLanguage(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ProgramLanguageDto, @CurrentUser() user: AuthUser) {
    return this.languages.set(id, dto.language, user);
  }

  @Post(':id/visits')
  @Roles('admin', 'program_manager', 'mentor')
  async logVisit(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: VisitDto, @CurrentUser() user: AuthUser) {
    // 404/403 first, then the body: visits are refused before they happen (date after today).
    const program = await this.programs.getVisible(id, user);
    if (!programTypeEntry(program.type).capabilities.visits)
      throw new NotFoundException(`${program.type} programs have no visits; add their records at /programs/${id}/records`);
    const { internalNotes, ...shared } = dto;
    assertVisitHappened(shared);
    const visit = await this.visits.log(program, { ...shared }, user, internalNotes);
    await this.drafts.remove(`visit:${id}`, user);
    return visit;
  }

  /**
   * Advocacy: submit the next version of the plan (completes the open plan_drafting task).
   * 409 once the plan is final and locked, or while no draft is due.
   */
  @OpenToCsoMembers()
  @Post(':id/plan-drafts')
  @HttpCode(200)
  async submitPlanDraft(@Param('id', new ParseUUIDPipe()) programId: string, @Body() plan: unknown, @CurrentUser() user: AuthUser) {
    const program = await this.programs.getVisible(programId, user);
    if (!programTypeEntry(program.type).capabilities.planDrafts) throw new NotFoundException('Only advocacy mentorships have plan drafts');
    const open = await this.tasks.findOpen(programId, 'plan_drafting');
    if (!open) {
      const locked = (program.details as { planLockedAt?: string | null }).planLockedAt;
      throw new ConflictException(
        locked ? 'The advocacy plan is final and locked; it can no longer change' : `No draft is due: the program is in ${program.stage}`,
      );
    }
    const { task } = await this.tasks.complete(open.id, plan, user);
    await this.drafts.removeForTask(open.id);
    return { task, program: this.programs.toDto(await this.programs.getVisible(programId, user), user) };
  }
}
