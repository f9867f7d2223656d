import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import type { RawListQuery } from '../common/list-query';
import { VISIT_FILTERS } from '../common/list-filters';
import { programPartsPage, type PartsList } from '../programs/program-parts-list';
import { Visit } from './visit.entity';

const LIST: PartsList = {
  sortable: ['date', 'createdAt', 'mode', 'durationMinutes'],
  filters: VISIT_FILTERS,
  defaultSort: { field: 'date', order: 'DESC' },
};

@ApiTags('visits')
@ApiBearerAuth()
@Controller('visits')
export class VisitsController {
  constructor(@InjectRepository(Visit) private readonly repo: Repository<Visit>) {}

  @OpenToCsoMembers()
  @Get()
  @ApiListQuery({ sortable: LIST.sortable, filterable: ['programId', 'mentorId', 'organizationId', 'mode', 'year'] })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const visits = await programPartsPage(this.repo, LIST, raw, user, res);
    // The mentor's private note is never sent to a CSO member: the field is absent, not empty.
    const own = user.role === 'cso_member';
    return visits.map(({ program, internalNotes, ...v }) => ({
      ...v,
      ...(own ? {} : { internalNotes }),
      organizationName: program?.organization?.name ?? null,
    }));
  }
}
