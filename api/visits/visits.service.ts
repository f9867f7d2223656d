import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { logVisitUpdate } from '../../workflows/institutional/contract';
import type { VisitInput } from '../../workflows/institutional/task-data';
import type { AuthUser } from '../auth/auth-user';
import type { Program } from '../programs/program.entity';
import { roleActor, WorkflowGateway, withAuditId } from '../programs/workflow-gateway';
import { Visit } from './visit.entity';

/** Logging a program's visits (a workflow update). */
@Injectable()
export class VisitsService {
  constructor(
    @InjectRepository(Visit) private readonly repo: Repository<Visit>,
    private readonly gateway: WorkflowGateway,
  ) {}

  /** `p` is the program as the caller read it for `user` (visible to them, of a type with visits). */
  async log(p: Program, visit: VisitInput, user: AuthUser, internalNotes?: string) {
    const logged = await this.gateway.update(p, user, 'workflow.update.logVisit', { visit }, (h, ids) =>
      h.executeUpdate(logVisitUpdate, { args: [withAuditId({ visit, actor: roleActor(user) }, ids.auditId)], updateId: ids.updateId }),
    );
    // The private note stays out of workflow history: written beside the projected row (issue 12).
    if (internalNotes) await this.repo.update({ id: logged.id }, { internalNotes });
    // The workflow answers with the visit's identity; the stored visit (read-your-writes) is the answer.
    const stored = await this.repo.findOne({ where: { id: logged.id } });
    return stored ?? logged;
  }
}
