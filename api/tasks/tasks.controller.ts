import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { setListHeaders } from '../common/paged-list';
import { DraftsService } from '../drafts/drafts.service';
import { ProgramReadService } from '../programs/program-read.service';
import { TASK_COMPLETION_SCHEMAS } from './task-completion.schema';
import { TASK_SORTABLE, TasksService } from './tasks.service';
import { TASK_FILTERS, taskFilters } from '../common/list-filters';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { memberGradingContext } from '../cso/member-grading.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly programs: ProgramReadService,
    private readonly drafts: DraftsService,
    private readonly templates: ProgramTemplatesService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @OpenToCsoMembers()
  @Get()
  @ApiListQuery({ sortable: TASK_SORTABLE, filterable: Object.keys(TASK_FILTERS), filterExample: { status: 'open' } })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const filters = taskFilters(await this.templates.vocabulary());
    const q = parseListQuery(raw, { sortable: TASK_SORTABLE, filters, defaultSort: { field: 'dueAt', order: 'ASC' } });
    const page = await this.tasks.list(q, user);
    setListHeaders(res, 'tasks', q.skip, page);
    return this.tasks.withTaskNames(page.rows);
  }

  /** The designed programs' task types among the caller's tasks, with their en/tr names (the inbox's type filter). */
  @Get('types')
  @ApiOkResponse({ description: '[{id, name: {en, tr}}]' })
  designedTypes(@CurrentUser() user: AuthUser) {
    return this.tasks.designedTaskTypes(user);
  }

  @OpenToCsoMembers()
  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    const t = await this.tasks.getVisible(id, user);
    // Designed types: the form to render (and that the server checks) and the task's name, from the program's version.
    const designed = await this.tasks.templateTask(t);
    const context = await this.tasks.context(t);
    // Issue 12: the members' individual grades beside the mentor's consolidated self-assessment.
    if (t.type === 'self_assessment' && t.program?.type === 'institutional' && context && typeof context === 'object') {
      const memberGrading = await memberGradingContext(this.db, t.programId, t.year);
      if (memberGrading) Object.assign(context, { memberGrading });
    }
    return { ...this.tasks.toDto(t), ...(designed ?? {}), context };
  }

  /**
   * Body: the task's data (see workflows/institutional/task-data.ts). The workflow's update
   * validator checks it: 400 naming each bad field, and nothing changes.
   */
  @OpenToCsoMembers()
  @Post(':id/complete')
  @HttpCode(200)
  @ApiBody({ schema: { oneOf: TASK_COMPLETION_SCHEMAS, description: "The data of the task's type (its title names the type)" } })
  @ApiOkResponse({ description: '{task, program}: returned after the read model is written' })
  async complete(@Param('id', new ParseUUIDPipe()) id: string, @Body() data: unknown, @CurrentUser() user: AuthUser) {
    const { task } = await this.tasks.complete(id, data, user);
    // The work is submitted: its draft (kept while typing) has nothing left to restore.
    await this.drafts.removeForTask(id);
    const t = await this.tasks.getVisible(id, user);
    const program = await this.programs.getVisible(t.programId, user);
    return { task: { ...this.tasks.toDto(t), data: task.data }, program: this.programs.toDto(program, user) };
  }
}
