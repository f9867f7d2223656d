import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers, Roles } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { ORGANIZATION_FILTERS } from '../common/list-filters';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { setListHeaders } from '../common/paged-list';
import { CreateOrganizationDto, ImportCsvDto, OrganizationDto, UpdateOrganizationDto } from './organization.dto';
import { OrganizationImportService } from './organization-import.service';
import { importCsvOf } from './import-csv-body';
import { ORG_SORTABLE, OrganizationsService } from './organizations.service';

/** The Temporal Web UI has no login and lists every CSO's workflow: its link is for admins and PMs only. */
function forViewer(dto: OrganizationDto, user: AuthUser): OrganizationDto {
  if (!dto.onboarding || user.role === 'admin' || user.role === 'program_manager') return dto;
  return { ...dto, onboarding: { ...dto.onboarding, temporalUiUrl: null } };
}

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly orgs: OrganizationsService,
    private readonly importer: OrganizationImportService,
  ) {}

  @OpenToCsoMembers()
  @Get()
  @ApiListQuery({ sortable: ORG_SORTABLE, filterable: Object.keys(ORGANIZATION_FILTERS), filterExample: { q: 'ankara' } })
  @ApiOkResponse({ type: [OrganizationDto], description: 'Content-Range header carries the total' })
  async list(
    @Query() raw: RawListQuery,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrganizationDto[]> {
    const q = parseListQuery(raw, { sortable: ORG_SORTABLE, filters: ORGANIZATION_FILTERS, defaultSort: { field: 'name', order: 'ASC' } });
    const page = await this.orgs.list(q, user);
    setListHeaders(res, 'organizations', q.skip, page);
    return page.rows.map((o) => forViewer(this.orgs.toDto(o), user));
  }

  /**
   * CSV with a header line: name, city, fieldOfWork, contactPerson, email, phone (comma or
   * semicolon), either as JSON `{csv}` or as the body itself with `Content-Type: text/csv`.
   * Raw CSV is not JSON, so a cell with a NUL byte reaches the import and is reported as a bad
   * row; inside JSON the input guard refuses the whole body.
   */
  @Post('import')
  @Roles('admin', 'program_manager')
  @HttpCode(200)
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ type: ImportCsvDto })
  @ApiOkResponse({ description: '{created: [{row, id, name}], rejected: [{row, name, errors}]}' })
  async importCsv(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Body() body: unknown, @CurrentUser() user: AuthUser) {
    return this.importer.import(await importCsvOf(req, res, body), user);
  }

  @OpenToCsoMembers()
  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser): Promise<OrganizationDto> {
    const org = await this.orgs.get(id, user);
    return forViewer(this.orgs.toDto(org, await this.orgs.liveOnboardingStatus(org)), user);
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
