import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { USER_FILTERS, userFilters } from '../common/list-filters';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { contentRange, parseListQuery, type RawListQuery } from '../common/list-query';
import { CreateUserDto, UpdateUserDto, UserDto } from './user.dto';
import { toUserDto, USER_SORTABLE, UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly templates: ProgramTemplatesService,
  ) {}

  /** Program managers read users too: they assign mentors and gender experts to programs. */
  @Get()
  @ApiListQuery({ sortable: USER_SORTABLE, filterable: Object.keys(USER_FILTERS), filterExample: { role: 'mentor' } })
  @Roles('admin', 'program_manager')
  @ApiOkResponse({ type: [UserDto] })
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response): Promise<UserDto[]> {
    const q = parseListQuery(raw, {
      sortable: USER_SORTABLE,
      filters: userFilters(await this.templates.vocabulary()),
      defaultSort: { field: 'fullName', order: 'ASC' },
    });
    const { rows, total } = await this.users.list(q);
    res.setHeader('Content-Range', contentRange('users', q.skip, rows.length, total));
    return rows.map(toUserDto);
  }

  @Get(':id')
  @Roles('admin', 'program_manager')
  @ApiOkResponse({ type: UserDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(id));
  }

  /** What the person holds: {runningPrograms, openTasks} (reassign these before deactivating them or changing their role). */
  @Get(':id/workload')
  @Roles('admin', 'program_manager')
  @ApiOkResponse({ description: '{runningPrograms, openTasks}' })
  async workload(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.users.get(id);
    return this.users.workload(id);
  }

  @Post()
  @Roles('admin')
  @ApiOkResponse({ type: UserDto })
  async create(@Body() dto: CreateUserDto, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return toUserDto(await this.users.create(dto, actor));
  }

  @Put(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UserDto })
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return toUserDto(await this.users.update(id, dto, actor));
  }
}
