import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ORGANIZATION_FILTERS } from '../common/list-filters';
import { contentRange, parseListQuery, type RawListQuery } from '../common/list-query';
import { CreateOrganizationDto, ImportCsvDto, OrganizationDto, UpdateOrganizationDto } from './organization.dto';
import { OrganizationImportService } from './organization-import.service';
import { ORG_SORTABLE, OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly orgs: OrganizationsService,
    private readonly importer: OrganizationImportService,
  ) {}

  @Get()
  @ApiQuery({ name: 'sort', required: false, example: '["name","ASC"]' })
  @ApiQuery({ name: 'range', required: false, example: '[0,24]' })
  @ApiQuery({ name: 'filter', required: false, example: '{"q":"ankara"}' })
  @ApiOkResponse({ type: [OrganizationDto], description: 'Content-Range header carries the total' })
  async list(
    @Query() raw: RawListQuery,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrganizationDto[]> {
    const q = parseListQuery(raw, { sortable: ORG_SORTABLE, filters: ORGANIZATION_FILTERS, defaultSort: { field: 'name', order: 'ASC' } });
    const { rows, total } = await this.orgs.list(q, user);
    res.setHeader('Content-Range', contentRange('organizations', q.skip, rows.length, total));
    return rows.map((o) => this.orgs.toDto(o));
  }

  /** CSV with a header line: name, city, fieldOfWork, contactPerson, email, phone (comma or semicolon). */
  @Post('import')
  @Roles('admin', 'program_manager')
  @HttpCode(200)
  @ApiOkResponse({ description: '{created: [{row, id, name}], rejected: [{row, name, errors}]}' })
  importCsv(@Body() dto: ImportCsvDto, @CurrentUser() user: AuthUser) {
    return this.importer.import(dto.csv, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<OrganizationDto> {
    const org = await this.orgs.get(id, user);
    return this.orgs.toDto(org, await this.orgs.liveOnboardingStatus(org));
  }

  @Get(':id/timeline')
  @ApiOkResponse({ description: '[{at, kind, title, programId, detail}] newest first' })
  timeline(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.orgs.timeline(id, user);
  }

  @Post()
  @Roles('admin', 'program_manager')
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiBadRequestResponse({ description: '{statusCode, message, errors: {field: message}}' })
  @ApiServiceUnavailableResponse({ description: 'Temporal unreachable; nothing was written' })
  async create(@Body() dto: CreateOrganizationDto, @CurrentUser() user: AuthUser): Promise<OrganizationDto> {
    return this.orgs.toDto(await this.orgs.create(dto, user));
  }

  @Put(':id')
  @Roles('admin', 'program_manager')
  @ApiOkResponse({ type: OrganizationDto })
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateOrganizationDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OrganizationDto> {
    return this.orgs.toDto(await this.orgs.update(id, dto, user));
  }

  @Delete(':id')
  @Roles('admin', 'program_manager')
  @ApiOkResponse({ type: OrganizationDto, description: 'The deleted record (kept in the database, hidden from lists)' })
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<OrganizationDto> {
    return this.orgs.toDto(await this.orgs.remove(id, user));
  }
}
