import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { setPlanItemStatusUpdate } from '../../workflows/institutional/contract';
import type { PlanItemStatus } from '../../workflows/institutional/model';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers, Roles } from '../auth/auth.decorators';
import { ApiListQuery } from '../common/openapi';
import type { RawListQuery } from '../common/list-query';
import { IMPROVEMENT_FILTERS } from '../common/list-filters';
import { canSeeProgram } from '../programs/program-access';
import { programPartsPage, type PartsList } from '../programs/program-parts-list';
import { ProgramReadService } from '../programs/program-read.service';
import { roleActor, WorkflowGateway, withAuditId } from '../programs/workflow-gateway';
import { EvidenceService, NO_EVIDENCE_REASON_MAX } from '../documents/evidence.service';
import { Improvement } from './improvement.entity';

class ImprovementStatusDto {
  /** planned | in_progress | done | dropped (checked by the workflow with the allowed transitions). */
  @IsString() @MaxLength(20) status: PlanItemStatus;
  @IsOptional() @IsString() @MaxLength(2000, { message: 'reason must be at most 2000 characters' }) reason?: string;
  /** Marking done: why there is no evidence file on the item (required when it has none; api/documents/evidence.service). */
  @IsOptional()
  @IsString()
  @MaxLength(NO_EVIDENCE_REASON_MAX, { message: `noEvidenceReason must be at most ${NO_EVIDENCE_REASON_MAX} characters` })
  noEvidenceReason?: string;
}

const LIST: PartsList = {
  sortable: ['position', 'targetDate', 'status', 'priority', 'updatedAt', 'year'],
  filters: IMPROVEMENT_FILTERS,
  defaultSort: { field: 'position', order: 'ASC' },
};

@ApiTags('improvements')
@ApiBearerAuth()
@Controller('improvements')
export class ImprovementsController {
  constructor(
    @InjectRepository(Improvement) private readonly repo: Repository<Improvement>,
    private readonly programs: ProgramReadService,
    private readonly gateway: WorkflowGateway,
    private readonly evidence: EvidenceService,
  ) {}

  @OpenToCsoMembers()
  @Get()
  @ApiListQuery({ sortable: LIST.sortable, filterable: ['programId', 'year', 'status', 'studyType', 'element'] })
  async list(@Query() raw: RawListQuery, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const items = await programPartsPage(this.repo, LIST, raw, user, res);
    return items.map(({ program, ...i }) => ({ ...i, organizationName: program?.organization?.name ?? null }));
  }

  /** Moves a plan item planned -> in_progress -> done, or dropped with a reason (a workflow update). */
  @Put(':id')
  @Roles('admin', 'program_manager', 'mentor')
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ImprovementStatusDto, @CurrentUser() user: AuthUser) {
    const item = await this.repo.findOne({ where: { id } });
    if (!item) throw new NotFoundException(`Improvement ${id} not found`);
    const program = await this.programs.getVisible(item.programId, user);
    if (!canSeeProgram(user, program)) throw new ForbiddenException();
    const { noEvidenceReason, ...change } = dto;
    const files = change.status === 'done' ? await this.evidence.assertForDone(id, noEvidenceReason) : 0;
    const updated = await this.gateway.update(program, user, 'workflow.update.setPlanItemStatus', { itemId: id, ...dto }, (h, ids) =>
      h.executeUpdate(setPlanItemStatusUpdate, {
        args: [withAuditId({ itemId: id, change: { ...change }, actor: roleActor(user) }, ids.auditId)],
        updateId: ids.updateId,
      }),
    );
    if (change.status === 'done') await this.evidence.record(id, program.id, noEvidenceReason, files, user.id);
    return { ...updated, programId: program.id };
  }
}
