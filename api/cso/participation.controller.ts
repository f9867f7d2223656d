import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { MemberGradingService } from './member-grading.service';
import { PlanDrafterService } from './plan-drafter.service';

/** Issue 12: what CSO members do in their programs, and what staff open for them. */
@ApiTags('cso members')
@ApiBearerAuth()
@Controller('programs')
export class ParticipationController {
  constructor(
    private readonly grading: MemberGradingService,
    private readonly drafter: PlanDrafterService,
  ) {}

  /** Advocacy: who drafts the plan from now on, {drafter: 'cso' | 'mentor'}; an open draft moves at once. */
  @Post(':id/plan-drafter')
  @Roles('admin', 'program_manager', 'mentor')
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', required: ['drafter'], properties: { drafter: { type: 'string', enum: ['cso', 'mentor'] } }, additionalProperties: false } })
  @ApiOkResponse({ description: '{drafter, drafterId, movedTaskId}; 409 when the organisation has no active member or the plan is locked' })
  setDrafter(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.drafter.set(id, body, user);
  }

  /** Opens the year's grading round (idempotent) and notifies the organisation's active members. */
  @Post(':id/member-grading')
  @Roles('admin', 'program_manager', 'mentor')
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', required: ['year'], properties: { year: { type: 'integer', minimum: 1 } }, additionalProperties: false } })
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
  @ApiBody({ schema: { type: 'object', required: ['year', 'position', 'elements', 'principles'], properties: { year: { type: 'integer' }, position: { type: 'string' }, elements: { type: 'object' }, principles: { type: 'object' } } } })
  putMine(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.grading.putMine(id, body, user);
  }
}
