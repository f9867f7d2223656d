import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { contentRange, parseListQuery, type RawListQuery } from '../common/list-query';
import { flattenValidationErrors } from '../common/validation.pipe';
import { BadRequestException, NotFoundException } from '@nestjs/common';
import { CreateProgramDto, EmptyDto, PauseDto, ReassignDto, VisitDto, WithdrawDto } from './program.dto';
import { PROGRAM_FILTERABLE, PROGRAM_SORTABLE, ProgramsService, SIGNALS, type SignalName } from './programs.service';

const SIGNAL_BODY = { pause: PauseDto, resume: EmptyDto, withdraw: WithdrawDto, reassign: ReassignDto, 'close-year': EmptyDto };

@ApiTags('programs')
@ApiBearerAuth()
@Controller('programs')
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Get()
  @ApiQuery({ name: 'filter', required: false, example: '{"type":"institutional","stage":"implementation"}' })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const q = parseListQuery(raw, { sortable: PROGRAM_SORTABLE, filterable: PROGRAM_FILTERABLE, defaultSort: { field: 'createdAt', order: 'DESC' } });
    const { rows, total } = await this.programs.list(q, user);
    res.setHeader('Content-Range', contentRange('programs', q.skip, rows.length, total));
    return rows.map((p) => this.programs.toDto(p));
  }

  /** The read model plus the live state from the workflow query and the program's configuration. */
  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    const p = await this.programs.getVisible(id, user);
    const live = await this.programs.liveState(p);
    return { ...this.programs.toDto(p), live, config: p.config };
  }

  @Post()
  @Roles('admin', 'program_manager')
  @ApiCreatedResponse({ description: '{id, workflowId, type, status, stage, year, ...}' })
  async create(@Body() dto: CreateProgramDto, @CurrentUser() user: AuthUser) {
    return this.programs.toDto(await this.programs.create(dto, user));
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
    if (!(SIGNALS as readonly string[]).includes(name)) throw new NotFoundException(`Unknown signal ${name}; use one of ${SIGNALS.join(', ')}`);
    // The body's shape depends on the signal name, so it is validated here rather than by the pipe.
    const dto = plainToInstance(SIGNAL_BODY[name as SignalName], body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    if (errors.length) throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: flattenValidationErrors(errors) });
    await this.programs.signal(id, name as SignalName, dto as Record<string, string | undefined>, user);
    return { accepted: true };
  }

  @Post(':id/visits')
  @Roles('admin', 'program_manager', 'mentor')
  async logVisit(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: VisitDto, @CurrentUser() user: AuthUser) {
    return this.programs.logVisit(id, { ...dto }, user);
  }
}
