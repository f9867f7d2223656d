import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { validateSubmission } from '../../workflows/templates/forms';
import { addRecordUpdate } from '../../workflows/templates/contract';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { currentIdempotencyKey, derivedUuid } from '../common/idempotency-key';
import type { ListQuery } from '../common/list-query';
import { ProgramRecord } from '../program-templates/program-record.entity';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { findRecord, programDefinition } from '../program-types/template.type';
import { canAddRecord } from './program-access';
import type { Program } from './program.entity';
import { ProgramReadService } from './program-read.service';
import { programTarget } from './program-target';
import { roleActor, WorkflowGateway } from './workflow-gateway';

export const RECORD_SORTABLE = ['createdAt', 'kind', 'year'] as const;
const COLUMN: Record<string, string> = { createdAt: 'r.created_at', kind: 'r.kind', year: 'r.year', stageId: 'r.stage_id' };

/** Records of template programs (meetings, check-ins): added through the workflow's addRecord update. */
@Injectable()
export class ProgramRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly programs: ProgramReadService,
    private readonly gateway: WorkflowGateway,
    private readonly templates: ProgramTemplatesService,
    private readonly trail: AuditTrail,
  ) {}

  private async definitionOf(p: Program) {
    const def = await programDefinition(p, this.templates);
    if (!def) throw new NotFoundException(`${p.type} programs have no records`);
    return def;
  }

  async list(id: string, q: ListQuery, user: AuthUser) {
    const p = await this.programs.getVisible(id, user);
    await this.definitionOf(p);
    const qb = this.db.getRepository(ProgramRecord).createQueryBuilder('r').where('r.program_id = :id', { id });
    for (const [key, value] of Object.entries(q.filter)) {
      if (value === undefined || value === '') continue;
      if (Array.isArray(value)) qb.andWhere(`${COLUMN[key] ?? `r.${key}`} IN (:...${key})`, { [key]: value });
      else qb.andWhere(`${COLUMN[key] ?? `r.${key}`} = :${key}`, { [key]: value });
    }
    qb.orderBy(COLUMN[q.sort.field], q.sort.order).addOrderBy('r.id', 'DESC').skip(q.skip).take(q.take);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  /**
   * Checks the kind, the caller's right to add it, the stage and the form before anything is
   * sent (400 naming each field / 403 / 409; nothing changes), then sends the addRecord update.
   * The record id is derived from the Idempotency-Key, so a retried request never adds twice
   * (the workflow answers a known id without adding it again).
   */
  async add(id: string, body: { kind: string; data: Record<string, unknown> }, user: AuthUser): Promise<ProgramRecord | { id: string }> {
    const p = await this.programs.getVisible(id, user);
    const def = await this.definitionOf(p);
    const found = findRecord(def, body.kind);
    if (!found) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: {
          kind: `kind must be one of: ${[...new Set(def.stages.flatMap((s) => s.records.map((r) => r.id)))].join(', ') || '(this type has no records)'}`,
        },
      });
    }
    const action = 'workflow.update.addRecord';
    const refuse = (why: string, http: Error) =>
      this.trail.refuse(user, { action, ...programTarget(p), details: { kind: body.kind, why } }, http);
    if (!canAddRecord(user, p, found.record.addedBy)) {
      const who = found.record.addedBy.map((r) => r.replace(/_/g, ' ')).join(' or ');
      throw await refuse('role', new ForbiddenException(`Only the ${who} of this program may add ${found.record.name.en} records`));
    }
    const key = currentIdempotencyKey();
    const recordId = key ? derivedUuid('program.record', user.id, id, key) : randomUUID();
    // A retry of a record already stored is answered with it, whatever the stage is now.
    const stored = await this.db.getRepository(ProgramRecord).findOne({ where: { id: recordId, programId: id } });
    if (stored) return stored;
    const live = (await this.programs.liveState(p)) as { status?: string; stage?: string } | null;
    const stage = live?.stage ?? p.stage;
    const status = live?.status ?? p.status;
    if (status !== 'active')
      throw await refuse(
        'status',
        new ConflictException(status === 'paused' ? 'The program is paused; resume it first' : `The program is ${status}`),
      );
    if (!found.stages.some((s) => s.id === stage)) {
      const stageName = def.stages.find((s) => s.id === stage)?.name.en ?? stage;
      throw await refuse('stage', new ConflictException(`The stage ${stageName} does not allow ${found.record.name.en} records`));
    }
    const errors = validateSubmission(found.record.form, body.data);
    if (Object.keys(errors).length) throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors });
    await this.gateway.update(p, user, action, { kind: body.kind, recordId }, (h, ids) =>
      h.executeUpdate(addRecordUpdate, {
        args: [{ recordId, kind: body.kind, data: body.data, actor: roleActor(user), auditId: ids.auditId }],
        updateId: ids.updateId,
      }),
    );
    // Read-your-writes: the workflow answers after projecting the record.
    return (await this.db.getRepository(ProgramRecord).findOne({ where: { id: recordId } })) ?? { id: recordId };
  }
}
