import { HttpException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { RoleActor } from '../../workflows/programs/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { currentIdempotencyKey, derivedUuid } from '../common/idempotency-key';
import { WriteTimeoutException } from '../common/outage-errors';
import { AppConfigService } from '../config/app-config.service';
import { TemporalService } from '../temporal/temporal.service';
import { workflowErrorToHttp } from '../temporal/workflow-errors';
import { withWriteDeadline } from '../temporal/write-deadline';
import type { Program } from './program.entity';
import { programTarget } from './program-target';

export const roleActor = (u: AuthUser): RoleActor => ({
  id: u.id,
  email: u.email,
  role: u.role,
  ...(u.organizationId ? { organizationId: u.organizationId } : {}),
});

/** What the gateway hands the caller to put into the update: its Temporal update id and audit id. */
interface WriteIds {
  /** The Temporal update id: derived from the Idempotency-Key, so a retry attaches to the first update. */
  updateId: string;
  /** The id of the pending audit row; sent to the workflow as `auditId` next to `actor`. */
  auditId: string;
}

/** Adds `auditId` to an update or signal argument (the workflow contracts' types do not list it yet). */
export const withAuditId = <T extends object>(arg: T, auditId: string): T => ({ ...arg, auditId }) as T;

export type WorkflowHandle = ReturnType<TemporalService['client']['workflow']['getHandle']>;

/**
 * Every update and signal sent to a program's workflow goes through here, and is audited here.
 *
 * The audit row is written first with result 'pending' (PostgreSQL down: 503, nothing sent);
 * its id goes to the workflow as `auditId` and is also the Temporal update id, both derived from
 * the Idempotency-Key when there is one, so a retry neither adds a row nor applies the update
 * twice. Past WRITE_TIMEOUT_MS the answer is 503 with Retry-After and the row stays pending
 * until a retry (or the projection) learns the outcome. Rejections by the workflow's validator
 * become 400/403/404/409 and settle the row as rejected. Setting the outcome afterwards is best
 * effort: it can never turn an applied change into an error.
 */
@Injectable()
export class WorkflowGateway {
  constructor(
    private readonly temporal: TemporalService,
    private readonly audit: AuditService,
    private readonly appConfig: AppConfigService,
  ) {}

  /** Sends an update and answers with the workflow's result. */
  update<T>(
    p: Program,
    user: AuthUser,
    action: string,
    details: Record<string, unknown>,
    run: (h: WorkflowHandle, ids: WriteIds) => Promise<T>,
  ) {
    return this.send('update', p, user, action, details, (h, ids, deadline) => deadline(() => run(h, ids)));
  }

  /**
   * Sends a signal. `around` runs the sending inside a check of ours (a lock and a transaction):
   * an HTTP error it throws before the signal is sent is a refusal, settled as rejected with its
   * reason.
   */
  async signal(
    p: Program,
    user: AuthUser,
    action: string,
    details: Record<string, unknown>,
    run: (h: WorkflowHandle, auditId: string) => Promise<unknown>,
    around: (send: () => Promise<void>) => Promise<void> = (send) => send(),
  ): Promise<void> {
    await this.send('signal', p, user, action, details, async (h, ids, deadline) => {
      let sent = false;
      try {
        await around(async () => {
          sent = true;
          await deadline(() => run(h, ids.auditId));
        });
      } catch (err) {
        if (!sent && err instanceof HttpException) throw new Refused(err);
        throw err;
      }
    });
  }

  private async send<T>(
    kind: 'update' | 'signal',
    p: Program,
    user: AuthUser,
    action: string,
    details: Record<string, unknown>,
    deliver: (h: WorkflowHandle, ids: WriteIds, deadline: <R>(call: () => Promise<R>) => Promise<R>) => Promise<T>,
  ): Promise<T> {
    const key = currentIdempotencyKey();
    const auditId = key ? derivedUuid(kind, user.id, action, p.id, key) : randomUUID();
    await this.audit.begin(auditId, { actor: user, action, ...programTarget(p), details });
    try {
      const deadline = <R>(call: () => Promise<R>) => withWriteDeadline(this.temporal.client, this.appConfig.get('WRITE_TIMEOUT_MS'), call);
      const result = await deliver(this.temporal.client.workflow.getHandle(p.workflowId), { updateId: auditId, auditId }, deadline);
      await this.audit.settle(auditId, 'ok');
      return result;
    } catch (err) {
      if (err instanceof Refused) {
        await this.audit.settle(auditId, 'rejected', { why: err.http.message });
        throw err.http;
      }
      // A plain timeout leaves the row pending: the change may still apply (the projection or a
      // retry with the same key then sets the result). Temporal gone: recorded as failed, which a
      // successful retry with the same key still turns into ok.
      if (err instanceof WriteTimeoutException && !err.temporalDown) throw err;
      const http = workflowErrorToHttp(err);
      await this.audit.settle(auditId, http ? 'rejected' : 'failed', { error: http ? http.getResponse() : (err as Error).message });
      throw http ?? err;
    }
  }
}

/** A refusal of ours inside `around`, before anything was sent. */
class Refused extends Error {
  constructor(readonly http: HttpException) {
    super(http.message);
  }
}
