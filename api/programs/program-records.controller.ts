import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { filterOf as f, contentRange, parseListQuery, type FilterSpec, type RawListQuery } from '../common/list-query';
import { ApiListQuery } from '../common/openapi';
import { DraftsService } from '../drafts/drafts.service';
import { AddRecordDto, RecordCreatedDto } from './program-records.dto';
import { ProgramRecordsService, RECORD_SORTABLE } from './program-records.service';

export const RECORD_FILTERS: FilterSpec = { kind: f.text(64, true), year: f.int(1, 100), stageId: f.text(64, true), id: f.uuid() };

/** Records of programs of designed types (issue 10): the kinds each stage allows, with their forms. */
@ApiTags('programs')
@ApiBearerAuth()
@Controller('programs')
export class ProgramRecordsController {
  constructor(
    private readonly records: ProgramRecordsService,
    private readonly drafts: DraftsService,
  ) {}

  @Get(':id/records')
  @ApiOperation({ summary: "A designed type's program's records, newest first" })
  @ApiListQuery({ sortable: RECORD_SORTABLE, filterable: Object.keys(RECORD_FILTERS), filterExample: { kind: 'meeting' } })
  async list(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() raw: RawListQuery,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    const q = parseListQuery(raw, {
      sortable: RECORD_SORTABLE,
      filters: RECORD_FILTERS,
      defaultSort: { field: 'createdAt', order: 'DESC' },
    });
    const { rows, total } = await this.records.list(id, q, user);
    res.setHeader('Content-Range', contentRange('records', q.skip, rows.length, total));
    return rows;
  }

  @Post(':id/records')
  @ApiOperation({ summary: 'Adds a record of a kind the current stage allows (checked against its form)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key adds nothing twice' })
  @ApiCreatedResponse({ type: RecordCreatedDto })
  @ApiForbiddenResponse({ description: "the record kind's addedBy does not include your role in this program" })
  @ApiConflictResponse({ description: 'the current stage does not allow this kind, or the program is not active' })
  async add(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: AddRecordDto, @CurrentUser() user: AuthUser) {
    const record = await this.records.add(id, { kind: dto.kind, data: dto.data }, user);
    await this.drafts.remove(`record:${id}:${dto.kind}`, user);
    return record;
  }
}
