import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { setPlanDrafterUpdate } from '../../workflows/advocacy/contract';
import type { AuthUser } from '../auth/auth-user';
import { ProgramReadService } from '../programs/program-read.service';
import { WorkflowGateway, withAuditId } from '../programs/workflow-gateway';
import { assertKeys, invalidField } from './cso-errors';

/**
 * Issue 12: the advocacy plan drafted by the CSO. The mentor (or a PM / admin) hands plan_drafting
 * to the organisation: its first active member is the assignee, and any active member may
 * complete the draft; the mentor reviews. 'mentor' hands it back.
 */
@Injectable()
export class PlanDrafterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly programs: ProgramReadService,
    private readonly gateway: WorkflowGateway,
  ) {}

  async set(id: string, body: unknown, user: AuthUser) {
    const p = await this.programs.getToRun(id, user, 'chooses who drafts the plan');
    const { drafter } = assertKeys(body, ['drafter']);
    if (drafter !== 'cso' && drafter !== 'mentor') throw invalidField('drafter', 'drafter must be cso or mentor');
    if (p.type !== 'advocacy') throw invalidField('drafter', 'only advocacy mentorships have a plan drafted by the CSO');
    let drafterId: string | null = null;
    if (drafter === 'cso') {
      const [first] = (await this.db.query(
        `SELECT id FROM users WHERE organization_id = $1 AND role = 'cso_member' AND is_active ORDER BY created_at, id LIMIT 1`,
        [p.organizationId],
      )) as { id: string }[];
      if (!first)
        throw new ConflictException({
          statusCode: 409,
          message: 'The organisation has no active member: invite a member first',
          errors: { drafter: 'invite a member first' },
        });
      drafterId = first.id;
    }
    const result = await this.gateway.update(p, user, 'workflow.update.setPlanDrafter', { drafter, drafterId }, (h, ids) =>
      h.executeUpdate(setPlanDrafterUpdate, {
        args: [withAuditId({ drafterId, actor: { id: user.id, email: user.email } }, ids.auditId)],
        updateId: ids.updateId,
      }),
    );
    return { drafter, drafterId: result.drafterId, movedTaskId: result.movedTaskId };
  }
}
