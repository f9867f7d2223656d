import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { ELEMENTS } from '../../workflows/institutional/model';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers, Roles } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { contentRange, filterOf as f, parseListQuery, type RawListQuery } from '../common/list-query';
import { FilesService } from '../documents/files.service';
import { ProgramReadService } from '../programs/program-read.service';
import { programTarget } from '../programs/program-target';
import { ResourceDto, ShareResourceDto } from './resource.dto';
import { ProgramResource, Resource } from './resource.entity';

const RESOURCE_FILTERS = {
  element: f.enum(ELEMENTS),
  studyType: f.text(40, true),
  kind: f.enum(['file', 'link']),
  q: f.text(),
  id: f.uuid(),
};
const SORTABLE = ['titleEn', 'titleTr', 'createdAt', 'updatedAt'];
const COLUMN: Record<string, string> = {
  titleEn: 'r.title_en',
  titleTr: 'r.title_tr',
  createdAt: 'r.created_at',
  updatedAt: 'r.updated_at',
};

/**
 * The resource library: modules and templates per management element (the program document:
 * "related modules and templates were provided as resources ... under every management element").
 * Admins and program managers publish; everyone signed in browses; a mentor shares one with a
 * program of theirs, and it shows on that program's timeline.
 */
@ApiTags('resources')
@ApiBearerAuth()
@Controller()
export class ResourcesController {
  constructor(
    @InjectRepository(Resource) private readonly repo: Repository<Resource>,
    private readonly files: FilesService,
    private readonly programs: ProgramReadService,
    private readonly trail: AuditTrail,
  ) {}

  /** Each resource with its (latest) stored file, for file resources. */
  private async withFiles(rows: Resource[]) {
    const files = await this.files.listUnchecked(
      'resource',
      rows.map((r) => r.id),
    );
    const byOwner = new Map(files.map((x) => [x.ownerId, x]));
    return rows.map((r) => ({ ...r, file: byOwner.get(r.id) ?? null }));
  }

  @OpenToCsoMembers()
  @Get('resources')
  @ApiListQuery({ sortable: SORTABLE, filterable: Object.keys(RESOURCE_FILTERS) })
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const q = parseListQuery(raw, { sortable: SORTABLE, filters: RESOURCE_FILTERS, defaultSort: { field: 'titleEn', order: 'ASC' } });
    const qb = this.repo.createQueryBuilder('r');
    const fl = q.filter;
    const many = (v: unknown) => (Array.isArray(v) ? v : [v]).map(String);
    if (fl.element !== undefined) qb.andWhere(`r.elements ?| ARRAY[:...els]::text[]`, { els: many(fl.element) });
    if (fl.studyType !== undefined) qb.andWhere(`r.study_types ?| ARRAY[:...sts]::text[]`, { sts: many(fl.studyType) });
    if (fl.kind !== undefined) qb.andWhere(`r.kind IN (:...kinds)`, { kinds: many(fl.kind) });
    if (fl.id !== undefined) qb.andWhere(`r.id IN (:...ids)`, { ids: many(fl.id) });
    if (fl.q)
      qb.andWhere(`(r.title_en ILIKE :q OR r.title_tr ILIKE :q OR r.description_en ILIKE :q OR r.description_tr ILIKE :q)`, {
        q: `%${String(fl.q)}%`,
      });
    qb.orderBy(COLUMN[q.sort.field], q.sort.order).addOrderBy('r.id').skip(q.skip).take(q.take);
    const [rows, total] = await qb.getManyAndCount();
    res.setHeader('Content-Range', contentRange('resources', q.skip, rows.length, total));
    return this.withFiles(rows);
  }

  @OpenToCsoMembers()
  @Get('resources/:id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const r = await this.repo.findOne({ where: { id } });
    if (!r) throw new NotFoundException(`Resource ${id} not found`);
    return (await this.withFiles([r]))[0];
  }

  private fields(dto: ResourceDto) {
    return {
      kind: dto.kind,
      url: dto.kind === 'link' ? (dto.url ?? null) : null,
      titleEn: dto.titleEn.trim(),
      titleTr: dto.titleTr.trim(),
      descriptionEn: dto.descriptionEn ?? '',
      descriptionTr: dto.descriptionTr ?? '',
      elements: [...new Set(dto.elements)],
      studyTypes: [...new Set(dto.studyTypes)],
    };
  }

  @Post('resources')
  @Roles('admin', 'program_manager')
  @ApiOperation({ summary: 'Publishes a resource (a link, or a file uploaded next with ownerType=resource)' })
  async create(@Body() dto: ResourceDto, @CurrentUser() user: AuthUser) {
    const now = new Date();
    const row = this.repo.create({ id: randomUUID(), ...this.fields(dto), createdBy: user.id, createdAt: now, updatedAt: now });
    const audited = {
      action: 'resource.create',
      targetType: 'resource',
      targetId: row.id,
      details: { titleEn: row.titleEn, kind: row.kind },
    };
    await this.trail.transaction(user, audited, (m) => m.getRepository(Resource).insert(row));
    return (await this.withFiles([row]))[0];
  }

  @Put('resources/:id')
  @Roles('admin', 'program_manager')
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ResourceDto, @CurrentUser() user: AuthUser) {
    const r = await this.repo.findOne({ where: { id } });
    if (!r) throw new NotFoundException(`Resource ${id} not found`);
    Object.assign(r, this.fields(dto), { updatedAt: new Date() });
    const audited = { action: 'resource.update', targetType: 'resource', targetId: id, details: { titleEn: r.titleEn } };
    await this.trail.transaction(user, audited, (m) => m.getRepository(Resource).save(r));
    return (await this.withFiles([r]))[0];
  }

  @Delete('resources/:id')
  @Roles('admin', 'program_manager')
  @HttpCode(204)
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    const r = await this.repo.findOne({ where: { id } });
    if (!r) throw new NotFoundException(`Resource ${id} not found`);
    for (const file of await this.files.listUnchecked('resource', [id])) await this.files.remove(file.id, user);
    const audited = { action: 'resource.delete', targetType: 'resource', targetId: id, details: { titleEn: r.titleEn } };
    await this.trail.transaction(user, audited, (m) => m.getRepository(Resource).delete({ id }));
  }

  @OpenToCsoMembers()
  @Get('programs/:id/resources')
  @ApiOperation({ summary: 'Resources shared with a program (newest first), for its timeline' })
  async shared(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    await this.programs.getVisible(id, user);
    return this.sharedRows(id);
  }

  private async sharedRows(programId: string, shareId?: string) {
    const rows: Record<string, unknown>[] = await this.repo.query(
      `SELECT s.id, s.program_id AS "programId", s.resource_id AS "resourceId", s.note, s.shared_by AS "sharedBy", u.full_name AS "sharedByName",
              s.shared_at AS "sharedAt", r.kind, r.url, r.title_en AS "titleEn", r.title_tr AS "titleTr", r.elements,
              (SELECT f.id FROM files f WHERE f.owner_type = 'resource' AND f.owner_id = r.id ORDER BY f.uploaded_at DESC LIMIT 1) AS "fileId"
         FROM program_resources s JOIN resources r ON r.id = s.resource_id LEFT JOIN users u ON u.id = s.shared_by
        WHERE s.program_id = $1 ${shareId ? 'AND s.id = $2' : ''} ORDER BY s.shared_at DESC`,
      shareId ? [programId, shareId] : [programId],
    );
    return rows;
  }

  @Post('programs/:id/resources')
  @Roles('admin', 'program_manager', 'mentor')
  @ApiOperation({ summary: 'Shares a library resource with a program (its mentor, a PM or an admin); sharing again updates the note' })
  async share(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ShareResourceDto, @CurrentUser() user: AuthUser) {
    const p = await this.programs.getVisible(id, user);
    if (!(await this.repo.exists({ where: { id: dto.resourceId } }))) {
      throw new NotFoundException({
        statusCode: 404,
        message: `Resource ${dto.resourceId} not found`,
        errors: { resourceId: 'no such resource' },
      });
    }
    const audited = (shareId: string) => ({
      action: 'resource.share',
      ...programTarget(p),
      details: { resourceId: dto.resourceId, shareId },
    });
    const shareId = await this.trail.transaction(user, audited, async (m) => {
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO program_resources (program_id, resource_id, note, shared_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (program_id, resource_id) DO UPDATE SET note = EXCLUDED.note, shared_by = EXCLUDED.shared_by, shared_at = now() RETURNING id`,
        [id, dto.resourceId, dto.note ?? '', user.id],
      );
      return row.id;
    });
    return (await this.sharedRows(id, shareId))[0];
  }

  @Delete('programs/:id/resources/:shareId')
  @Roles('admin', 'program_manager', 'mentor')
  @HttpCode(204)
  async unshare(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('shareId', new ParseUUIDPipe()) shareId: string,
    @CurrentUser() user: AuthUser,
  ) {
    const p = await this.programs.getVisible(id, user);
    const audited = { action: 'resource.unshare', ...programTarget(p), details: { shareId } };
    await this.trail.transaction(user, audited, async (m) => {
      const gone = await m.getRepository(ProgramResource).delete({ id: shareId, programId: id });
      if (!gone.affected) throw new NotFoundException(`Share ${shareId} not found`);
    });
  }
}
