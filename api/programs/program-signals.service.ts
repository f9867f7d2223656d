import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AdvocacyConfig } from '../../workflows/advocacy/config';
import { closeYearSignal, pauseSignal, reassignSignal, resumeSignal, withdrawSignal } from '../../workflows/institutional/contract';
import { closeStageSignal } from '../../workflows/templates/contract';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { ProgramTemplatesService } from '../program-templates/program-templates.service';
import { programTypeOf } from '../program-types/built-in-types';
import { programDefinition } from '../program-types/template.type';
import { requireActiveUser } from '../users/require-active-user';
import { assertMentorCapacity } from './mentor-capacity';
import type { Program } from './program.entity';
import { ProgramReadService } from './program-read.service';
import { programTarget } from './program-target';
import { WorkflowGateway, withAuditId, type WorkflowHandle } from './workflow-gateway';

export const SIGNALS = ['pause', 'resume', 'withdraw', 'reassign', 'close-year', 'close-stage'] as const;
export type SignalName = (typeof SIGNALS)[number];
type SignalBody = { reason?: string; mentorId?: string; genderExpertId?: string; override?: boolean; stageId?: string };

/** The control signals of a program (pause, resume, withdraw, reassign, close a year or a stage) and when each is allowed. */
@Injectable()
export class ProgramSignalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: ProgramReadService,
    private readonly gateway: WorkflowGateway,
    private readonly trail: AuditTrail,
    private readonly templates: ProgramTemplatesService,
  ) {}

  /** Sends a control signal after checking the live state, so an impossible one is a clear 409. */
  async signal(id: string, name: SignalName, body: SignalBody, user: AuthUser): Promise<void> {
    const p = await this.reads.getVisible(id, user);
    const action = `workflow.signal.${name}`;
    const why = await this.refusal(p, name, body);
    if (why) {
      const audited = { action, ...programTarget(p), details: { ...body, why } };
      throw await this.trail.refuse(user, audited, new ConflictException(why));
    }
    if (name === 'reassign') await this.assertReassignable(p, body);
    const actor = { id: user.id, email: user.email };
    await this.gateway.signal(
      p,
      user,
      action,
      body,
      (h, auditId) => send(h, name, body, (a) => withAuditId({ actor, ...a }, auditId)),
      this.underMentorLock(p, name, body),
    );
  }

  /** Why the program's state does not allow the signal now (null when it does). */
  private async refusal(p: Program, name: SignalName, body: SignalBody): Promise<string | null> {
    const rules = programTypeOf(p.type).signals;
    const live = await this.reads.liveState(p);
    const status = live?.status ?? p.status;
    const stage = live?.stage ?? p.stage;
    if (status === 'withdrawn' || status === 'completed') return `The program is ${status}`;
    if (name === 'pause' && status !== 'active') return 'Only an active program can be paused';
    if (name === 'resume' && status !== 'paused') return 'The program is not paused';
    if (name === 'close-year' && !rules.closeYear) return 'Only institutional programs have years to close';
    if (name === 'close-year' && (status !== 'active' || stage !== rules.closeYear!.stage)) {
      return `The year can be closed early only during ${rules.closeYear!.stage}; the program is in ${stage}${status === 'paused' ? ' (paused)' : ''}`;
    }
    if (name === 'close-stage') {
      if (!rules.closeStage) return 'Only programs of a designed type have stages a manager closes';
      const def = await programDefinition(p, this.templates);
      const current = def?.stages.find((st) => st.id === stage);
      if (status !== 'active') return `The stage can be closed only while the program is active; it is ${status}`;
      if (body.stageId !== stage) return `${body.stageId} is not the current stage; the program is in ${stage}`;
      if (!current?.end.some((e) => e.kind === 'manager_close')) return `The stage ${stage} is not closed by the program manager`;
    }
    return null;
  }

  /** A reassignment names someone, of a role the program has, who is active in that role (400 otherwise). */
  private async assertReassignable(p: Program, body: SignalBody): Promise<void> {
    const rules = programTypeOf(p.type).signals;
    if (!body.mentorId && !body.genderExpertId) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { mentorId: 'give mentorId or genderExpertId' },
      });
    }
    if (body.genderExpertId && (!rules.genderExpert || (p.templateVersionId && !p.genderExpertId))) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { genderExpertId: `${p.type} programs have no gender expert` },
      });
    }
    if (body.mentorId) await requireActiveUser(this.db.manager, body.mentorId, 'mentor', 'mentorId');
    if (body.genderExpertId) await requireActiveUser(this.db.manager, body.genderExpertId, 'gender_expert', 'genderExpertId');
  }

  /**
   * Advocacy reassignment: check the new mentor's load, record the assignment and send the
   * signal in one transaction under the mentor's lock, so concurrent ones cannot all pass.
   */
  private underMentorLock(p: Program, name: SignalName, body: SignalBody): ((send: () => Promise<void>) => Promise<void>) | undefined {
    const mentorId = body.mentorId;
    if (name !== 'reassign' || !programTypeOf(p.type).signals.mentorLimit || !mentorId || mentorId === p.mentorId) return undefined;
    const limit = (p.config as AdvocacyConfig).mentorLimit;
    return (send) =>
      this.db.transaction(async (m) => {
        await assertMentorCapacity(m, mentorId, limit, body.override === true);
        await m.query(
          `INSERT INTO advocacy_mentor_assignments (program_id, mentor_id) VALUES ($1, $2)
           ON CONFLICT (program_id) DO UPDATE SET mentor_id = EXCLUDED.mentor_id, assigned_at = now()`,
          [p.id, mentorId],
        );
        await send();
      });
  }
}

/** The signal of a name, its argument built by `arg` (the actor and audit id added). */
function send(
  h: WorkflowHandle,
  name: SignalName,
  body: SignalBody,
  arg: <T extends object>(a: T) => T & { actor: { id: string; email: string } },
) {
  switch (name) {
    case 'pause':
      return h.signal(pauseSignal, arg({ reason: body.reason }));
    case 'resume':
      return h.signal(resumeSignal, arg({}));
    case 'withdraw':
      return h.signal(withdrawSignal, arg({ reason: body.reason ?? '' }));
    case 'reassign':
      return h.signal(reassignSignal, arg({ mentorId: body.mentorId, genderExpertId: body.genderExpertId }));
    case 'close-year':
      return h.signal(closeYearSignal, arg({}));
    case 'close-stage':
      return h.signal(closeStageSignal, arg({ stageId: body.stageId! }));
  }
}
