import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, In } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers, Roles } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { contentRange, parseListQuery, type RawListQuery, whereValue } from '../common/list-query';
import { EVENT_FILTERS } from '../common/list-filters';
import { scopeOrganizations } from '../organizations/organization-access';
import { Organization } from '../organizations/organization.entity';
import { CreateEventDto, UpdateEventDto } from './event.dto';
import { PeerEvent } from './event.entity';
import { definedOnly } from '../common/defined-only';

/** Peer-learning meetings and workshops; mentors see those their CSOs attended. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trail: AuditTrail,
  ) {}

  private repo() {
    return this.db.getRepository(PeerEvent);
  }

  private async visibleOrgIds(user: AuthUser): Promise<string[] | null> {
    if (user.role === 'admin' || user.role === 'program_manager') return null;
    const rows = await scopeOrganizations(this.db.getRepository(Organization).createQueryBuilder('o').select('o.id'), user).getMany();
    return rows.map((o) => o.id);
  }

  @OpenToCsoMembers()
  @Get()
  @ApiListQuery({ sortable: ['date', 'topic', 'kind'], filterable: ['kind', 'organizationId', 'q', 'id'] })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const q = parseListQuery(raw, {
      sortable: ['date', 'topic', 'kind'],
      filters: EVENT_FILTERS,
      defaultSort: { field: 'date', order: 'DESC' },
    });
    const qb = this.repo().createQueryBuilder('e');
    const visible = await this.visibleOrgIds(user);
    if (visible) qb.andWhere('e.organization_ids && :visible::uuid[]', { visible });
    const f = q.filter as Record<string, string | string[] | undefined>;
    if (f.kind) whereValue(qb, 'e.kind', 'kind', f.kind);
    if (f.organizationId) qb.andWhere(':org = ANY(e.organization_ids)', { org: f.organizationId });
    if (f.q) qb.andWhere('e.topic ILIKE :q', { q: `%${f.q}%` });
    if (f.id) qb.andWhere({ id: Array.isArray(f.id) ? In(f.id) : f.id });
    qb.orderBy(`e.${q.sort.field}`, q.sort.order).addOrderBy('e.id').skip(q.skip).take(q.take);
    const [rows, total] = await qb.getManyAndCount();
    res.setHeader('Content-Range', contentRange('events', q.skip, rows.length, total));
    return rows.map((e) => forCsoMember(e, user));
  }

  @OpenToCsoMembers()
  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    const e = await this.repo().findOne({ where: { id } });
    const visible = await this.visibleOrgIds(user);
    if (!e || (visible && !e.organizationIds.some((o) => visible.includes(o)))) throw new NotFoundException(`Event ${id} not found`);
    return forCsoMember(e, user);
  }

  private async assertOrganizations(ids: string[]) {
    const found = await this.db.getRepository(Organization).count({ where: { id: In(ids) } });
    if (found !== new Set(ids).size) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { organizationIds: 'organizationIds holds an unknown organization' },
      });
    }
  }

  /** Mentors name only CSOs of their own portfolio; managers and admins any organization. */
  private async assertMayName(user: AuthUser, ids: string[]) {
    const visible = await this.visibleOrgIds(user);
    if (!visible) return;
    const foreign = [...new Set(ids)].filter((o) => !visible.includes(o));
    if (foreign.length) {
      await this.refuse(user, 'event.write', null, `organizations outside the portfolio: ${foreign.join(', ')}`);
      throw new ForbiddenException({
        statusCode: 403,
        message: 'You can only name organizations of your own portfolio',
        errors: { organizationIds: `${foreign.length} of these organizations are not in your portfolio` },
      });
    }
  }

  private refuse(user: AuthUser, action: string, id: string | null, why: string) {
    return this.trail.note(user, { action, targetType: 'event', targetId: id, details: { why } }, 'rejected');
  }

  @Post()
  @Roles('admin', 'program_manager', 'mentor')
  async create(@Body() dto: CreateEventDto, @CurrentUser() user: AuthUser) {
    await this.assertOrganizations(dto.organizationIds);
    await this.assertMayName(user, dto.organizationIds);
    const audited = (e: PeerEvent) => ({ action: 'event.create', targetType: 'event', targetId: e.id, details: { ...dto } });
    return this.trail.transaction(user, audited, (m) =>
      m.getRepository(PeerEvent).save(m.getRepository(PeerEvent).create({ ...dto, notes: dto.notes ?? '', createdBy: user.id })),
    );
  }

  @Put(':id')
  @Roles('admin', 'program_manager', 'mentor')
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: UpdateEventDto, @CurrentUser() user: AuthUser) {
    const e = await this.get(id, user);
    // A mentor edits only their own events: anyone else's would change other CSOs' attendance.
    if (user.role === 'mentor' && e.createdBy !== user.id) {
      await this.refuse(user, 'event.update', id, 'not the creator');
      throw new ForbiddenException('Only the person who created this event, or a program manager, can change it');
    }
    if (dto.organizationIds) {
      await this.assertOrganizations(dto.organizationIds);
      await this.assertMayName(user, dto.organizationIds);
    }
    const audited = { action: 'event.update', targetType: 'event', targetId: id, details: { ...dto } };
    return this.trail.transaction(user, audited, (m) => m.getRepository(PeerEvent).save(Object.assign(e, definedOnly(dto))));
  }

  @Delete(':id')
  @Roles('admin', 'program_manager')
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    const e = await this.get(id, user);
    const audited = { action: 'event.delete', targetType: 'event', targetId: id, details: { topic: e.topic } };
    await this.trail.transaction(user, audited, (m) => m.getRepository(PeerEvent).softDelete(id));
    return e;
  }
}

/** A CSO member sees that their organisation attends, never which other CSOs do, nor the organisers' notes (issue 12). */
function forCsoMember(e: PeerEvent, user: AuthUser): PeerEvent {
  if (user.role !== 'cso_member') return e;
  return { ...e, notes: '', organizationIds: e.organizationIds.filter((o) => o === user.organizationId) };
}
