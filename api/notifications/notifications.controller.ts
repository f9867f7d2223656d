import { Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { In, IsNull, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { NOTIFICATION_FILTERS } from '../common/list-filters';
import { contentRange, parseListQuery, type RawListQuery } from '../common/list-query';
import { Notification } from './notification.entity';

/** The caller's own in-app notifications. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(@InjectRepository(Notification) private readonly repo: Repository<Notification>) {}

  @OpenToCsoMembers()
  @Get()
  @ApiListQuery({ sortable: ['createdAt'], filterable: ['unread', 'type', 'programId'], filterExample: { unread: true } })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const q = parseListQuery(raw, {
      sortable: ['createdAt'],
      filters: NOTIFICATION_FILTERS,
      defaultSort: { field: 'createdAt', order: 'DESC' },
    });
    const where: Record<string, unknown> = { userId: user.id };
    if (q.filter.unread === true) where.readAt = IsNull();
    for (const key of ['type', 'programId'] as const) {
      const v = q.filter[key];
      if (v !== undefined) where[key] = Array.isArray(v) ? In(v as string[]) : v;
    }
    const [rows, total] = await this.repo.findAndCount({
      where,
      order: { createdAt: q.sort.order, id: 'ASC' },
      skip: q.skip,
      take: q.take,
    });
    res.setHeader('Content-Range', contentRange('notifications', q.skip, rows.length, total));
    return rows;
  }

  @OpenToCsoMembers()
  @Post(':id/read')
  @HttpCode(200)
  async read(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    const n = await this.repo.findOne({ where: { id, userId: user.id } });
    if (!n) throw new NotFoundException(`Notification ${id} not found`);
    if (!n.readAt) await this.repo.update(id, { readAt: new Date() });
    return { ...n, readAt: n.readAt ?? new Date() };
  }
}
