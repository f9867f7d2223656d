import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { Roles } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { parseListQuery, type RawListQuery, whereValue } from '../common/list-query';
import { pageOf, setListHeaders } from '../common/paged-list';
import { AUDIT_FILTERS } from '../common/list-filters';
import { AuditEntry } from './audit-entry.entity';

const COLUMN: Record<string, string> = {
  actorId: 'a.actor_id',
  targetId: 'a.target_id',
  targetType: 'a.target_type',
  workflowId: 'a.workflow_id',
};

/** Who did what, when, to which program: filter by user (actorId), program (targetId) and action. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@Roles('admin', 'program_manager')
export class AuditController {
  constructor(@InjectRepository(AuditEntry) private readonly repo: Repository<AuditEntry>) {}

  @Get()
  @ApiListQuery({
    sortable: ['at', 'action', 'result'],
    filterable: ['actorId', 'targetId', 'targetType', 'action', 'result', 'workflowId', 'from', 'to'],
    filterExample: { action: 'workflow.signal' },
  })
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const q = parseListQuery(raw, {
      sortable: ['at', 'action', 'result'],
      filters: AUDIT_FILTERS,
      defaultSort: { field: 'at', order: 'DESC' },
    });
    const qb = this.repo.createQueryBuilder('a');
    for (const [key, value] of Object.entries(q.filter)) {
      if (value === undefined || value === '') continue;
      // An action filter matches the verb and everything under it: "workflow.signal" finds pause, resume ...
      if (key === 'action')
        qb.andWhere('(a.action = :action OR a.action LIKE :actionPrefix)', { action: value, actionPrefix: `${String(value)}.%` });
      else if (key === 'from') qb.andWhere('a.at >= :from', { from: value });
      else if (key === 'to') qb.andWhere('a.at <= :to', { to: value });
      else whereValue(qb, COLUMN[key] ?? `a.${key}`, key, value);
    }
    qb.orderBy(`a.${q.sort.field}`, q.sort.order).addOrderBy('a.id');
    const page = await pageOf(qb, 'a.id', q.skip, q.take);
    setListHeaders(res, 'audit', q.skip, page);
    return page.rows;
  }
}
