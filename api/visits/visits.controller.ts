import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { contentRange, parseListQuery, type RawListQuery, whereValue } from '../common/list-query';
import { VISIT_FILTERS } from '../common/list-filters';
import { scopePrograms } from '../programs/program-access';
import { Visit } from './visit.entity';

const COLUMN: Record<string, string> = { programId: 'v.program_id', mentorId: 'v.mentor_id', organizationId: 'v.organization_id', createdAt: 'v.created_at', durationMinutes: 'v.duration_minutes' };
const col = (f: string) => COLUMN[f] ?? `v.${f}`;

@ApiTags('visits')
@ApiBearerAuth()
@Controller('visits')
export class VisitsController {
  constructor(@InjectRepository(Visit) private readonly repo: Repository<Visit>) {}

  @Get()
  @ApiListQuery({ sortable: ['date', 'createdAt', 'mode', 'durationMinutes'], filterable: ['programId', 'mentorId', 'organizationId', 'mode', 'year'] })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const q = parseListQuery(raw, {
      sortable: ['date', 'createdAt', 'mode', 'durationMinutes'],
      filters: VISIT_FILTERS,
      defaultSort: { field: 'date', order: 'DESC' },
    });
    const qb = scopePrograms(this.repo.createQueryBuilder('v').innerJoin('v.program', 'p').leftJoin('p.organization', 'o').addSelect('o.name'), user);
    for (const [key, value] of Object.entries(q.filter)) whereValue(qb, col(key), key, value);
    qb.orderBy(col(q.sort.field), q.sort.order).addOrderBy('v.id').skip(q.skip).take(q.take);
    const total = await qb.getCount();
    const { entities, raw: rows } = await qb.getRawAndEntities();
    res.setHeader('Content-Range', contentRange('visits', q.skip, entities.length, total));
    return entities.map((v, i) => ({ ...v, organizationName: (rows[i] as { o_name?: string })?.o_name ?? null }));
  }
}
