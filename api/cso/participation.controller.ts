import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { ApiObjectBody } from '../common/openapi';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { MemberGradingService } from './member-grading.service';
import { PlanDrafterService } from './plan-drafter.service';
import { FollowService, SHARE_DOCUMENTS } from './follow.service';

/** Issue 12: what CSO members do in their programs, and what staff open for them. */
@ApiTags('cso members')
@ApiBearerAuth()
@Controller('programs')
export class ParticipationController {
  constructor(
    private readonly grading: MemberGradingService,
    private readonly drafter: PlanDrafterService,
    private readonly follow: FollowService,
  ) {}

  /** Shares the gender report or the self-assessment report of a year with the organisation (idempotent, audited). */
  @Post(':id/shares')
  @Roles('admin', 'program_manager', 'mentor')
  @HttpCode(200)
  @ApiObjectBody(['document', 'year'], { document: { type: 'string', enum: [...SHARE_DOCUMENTS] }, year: { type: 'integer', minimum: 1 } })
  @ApiOkResponse({ description: '{data: [{document, year, sharedAt, sharedBy}]}' })
  share(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.follow.share(id, body, user);
  }

  @Get(':id/shares')
  @Roles('admin', 'program_manager', 'mentor', 'gender_expert', 'cso_member')
  @ApiOkResponse({ description: '{data: [{document, year, sharedAt, sharedBy}]}' })
  shares(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.follow.shares(id, user);
  }

  /** A member rates the support after a visit or at year end (1-5, comment): one per visit / per year, updated when given again. */
  @Post(':id/feedback')
  @Roles('cso_member')
  @HttpCode(200)
  @ApiObjectBody(['about', 'year', 'rating'], {
    about: { type: 'string', enum: ['visit', 'year'] },
    visitId: { type: 'string', format: 'uuid' },
    year: { type: 'integer' },
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    comment: { type: 'string', maxLength: 2000 },
  })
  giveFeedback(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.follow.giveFeedback(id, body, user);
  }

  @Get(':id/feedback')
  @Roles('admin', 'program_manager', 'mentor', 'cso_member')
  @ApiOkResponse({
    description:
      '{data: [{id, about, visitId, year, rating, comment, mentorId, author: {id, fullName}, createdAt, updatedAt}]} (a member: their own)',
  })
  feedback(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.follow.feedback(id, user);
  }

  /** What comes next: open tasks' due dates, timers (check-ins, year end), the next contact, events the organisation is invited to. */
  @Get(':id/upcoming')
  @Roles('admin', 'program_manager', 'mentor', 'gender_expert', 'cso_member')
  @ApiOkResponse({ description: "{data: [{kind: 'visit'|'task'|'event'|'timer', date, title, taskType?}]} soonest first" })
  upcoming(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.follow.upcoming(id, user);
  }

  /** Advocacy: who drafts the plan from now on, {drafter: 'cso' | 'mentor'}; an open draft moves at once. */
  @Post(':id/plan-drafter')
  @Roles('admin', 'program_manager', 'mentor')
  @HttpCode(200)
  @ApiObjectBody(['drafter'], { drafter: { type: 'string', enum: ['cso', 'mentor'] } })
  @ApiOkResponse({ description: '{drafter, drafterId, movedTaskId}; 409 when the organisation has no active member or the plan is locked' })
  setDrafter(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.drafter.set(id, body, user);
  }

  /** Opens the year's grading round (idempotent) and notifies the organisation's active members. */
  @Post(':id/member-grading')
  @Roles('admin', 'program_manager', 'mentor')
  @HttpCode(200)
  @ApiObjectBody(['year'], { year: { type: 'integer', minimum: 1 } })
  @ApiOkResponse({ description: 'the round as GET answers it' })
  openGrading(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.grading.open(id, body, user);
  }

  @Get(':id/member-grading')
  @Roles('admin', 'program_manager', 'mentor', 'gender_expert', 'cso_member')
  @ApiQuery({ name: 'year', required: true, example: 1 })
  @ApiOkResponse({ description: '{year, exists, open, mine, summary?, participants?} (a member gets year, exists, open and mine only)' })
  getGrading(@Param('id', new ParseUUIDPipe()) id: string, @Query('year') year: string | undefined, @CurrentUser() user: AuthUser) {
    return this.grading.get(id, year, user);
  }

  @Put(':id/member-grading/mine')
  @Roles('cso_member')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['year', 'position', 'elements', 'principles'],
      properties: { year: { type: 'integer' }, position: { type: 'string' }, elements: { type: 'object' }, principles: { type: 'object' } },
    },
  })
  putMine(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.grading.putMine(id, body, user);
  }
}

/** Progress reports on improvement plan items: the organisation's members (and the mentor) write them; only the mentor marks an item done. */
@ApiTags('cso members')
@ApiBearerAuth()
@Controller('improvements')
export class PlanItemProgressController {
  constructor(private readonly follow: FollowService) {}

  @Post(':id/progress')
  @Roles('admin', 'program_manager', 'mentor', 'cso_member')
  @ApiObjectBody(['note'], {
    note: { type: 'string', minLength: 1, maxLength: 2000 },
    percent: { type: 'integer', minimum: 0, maximum: 100 },
  })
  @ApiOkResponse({ description: '{id, improvementId, note, percent, author: {id, fullName, role}, createdAt}' })
  add(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.follow.addProgress(id, body, user);
  }

  @Get(':id/progress')
  @Roles('admin', 'program_manager', 'mentor', 'gender_expert', 'cso_member')
  @ApiOkResponse({ description: '{data: [{id, improvementId, note, percent, author, createdAt}]} oldest first' })
  list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.follow.progress(id, user);
  }
}

/** The program's own monitoring of stakeholder satisfaction (issue 12). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class SatisfactionController {
  constructor(private readonly follow: FollowService) {}

  @Get('satisfaction')
  @Roles('admin', 'program_manager', 'mentor')
  @ApiQuery({ name: 'type', required: false, enum: ['institutional', 'advocacy'] })
  @ApiQuery({ name: 'cohort', required: false, description: 'the year the programs started (YYYY)', example: '2027' })
  @ApiOkResponse({
    description:
      '{byMentor: [{mentorId, mentorName, n, average}], byProgram: [{programId, organizationName, type, n, average}], overall: {n, average}} (a mentor: their own)',
  })
  satisfaction(@Query('type') type: string | undefined, @Query('cohort') cohort: string | undefined, @CurrentUser() user: AuthUser) {
    return this.follow.satisfaction({ type, cohort }, user);
  }
}
