import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { pageOf, setListHeaders } from '../common/paged-list';
import { VISIT_FILTERS } from '../common/list-filters';
import { scopedList } from '../programs/program-access';
import { Visit } from './visit.entity';

const COLUMN: Record<string, string> = {
  programId: 'v.program_id',
  mentorId: 'v.mentor_id',
  organizationId: 'v.organization_id',
  createdAt: 'v.created_at',
  durationMinutes: 'v.duration_minutes',
};
const col = (f: string) => COLUMN[f] ?? `v.${f}`;
const SORTABLE = ['date', 'createdAt', 'mode', 'durationMinutes'] as const;

@ApiTags('visits')
@ApiBearerAuth()
@Controller('visits')
export class VisitsController {
  constructor(@InjectRepository(Visit) private readonly repo: Repository<Visit>) {}

  @OpenToCsoMembers()
  @Get()
  @ApiListQuery({ sortable: SORTABLE, filterable: ['programId', 'mentorId', 'organizationId', 'mode', 'year'] })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const q = parseListQuery(raw, { sortable: SORTABLE, filters: VISIT_FILTERS, defaultSort: { field: 'date', order: 'DESC' } });
    // Left join: program_id is a NOT NULL foreign key (the same rows), and a page's id query leaves it out unless scoped.
    const joined = this.repo.createQueryBuilder('v').leftJoinAndSelect('v.program', 'p').leftJoinAndSelect('p.organization', 'o');
    const page = await pageOf(scopedList(joined, user, q, col, 'v.id'), 'v.id', q.skip, q.take);
    setListHeaders(res, 'visits', q.skip, page);
    // The mentor's private note is never sent to a CSO member: the field is absent, not empty.
    const own = user.role === 'cso_member';
    return page.rows.map(({ program, internalNotes, ...v }) => ({
      ...v,
      ...(own ? {} : { internalNotes }),
      organizationName: program?.organization?.name ?? null,
    }));
  }
}
