import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditResult } from './audit-entry.entity';
import { AuditService, type AuditRecord } from './audit.service';

/** What an audit row says besides how it ended; its actor, when not the caller's (someone the change creates). */
export type AuditTarget = Omit<AuditRecord, 'actor' | 'result'> & { actor?: AuditActor };
type AuditActor = AuditRecord['actor'];
/** The rows a change writes: usually one; none when it turned out to change nothing. */
type AuditTargets = AuditTarget | AuditTarget[];

/**
 * The one way a service audits a change of the database: it states *what* is audited (action,
 * target, details) and this class writes the row. A change and its 'ok' row share one
 * transaction, so neither exists without the other; a refusal is written on its own (nothing
 * changed) and handed back to be thrown. Workflow updates and signals are audited by
 * WorkflowGateway (api/programs/workflow-gateway.ts) with a pending row written before sending.
 * Not an interceptor: an interceptor cannot join the transaction of the change it would record.
 */
@Injectable()
export class AuditTrail {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Runs `change` in a transaction and writes its 'ok' row in the same transaction. `target` may
   * be worked out from the change's result (an id it generated, the row as it was).
   */
  transaction<T>(
    actor: AuditActor,
    target: AuditTargets | ((result: T) => AuditTargets),
    change: (m: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (m) => {
      const result = await change(m);
      const targets = [typeof target === 'function' ? target(result) : target].flat();
      for (const t of targets) await this.audit.record({ actor, result: 'ok', ...t }, m);
      return result;
    });
  }

  /** Records a refused request and returns the error to throw: `throw await trail.refuse(...)`. */
  async refuse<E extends Error>(actor: AuditActor, target: AuditTarget, error: E): Promise<E> {
    await this.note(actor, target, 'rejected');
    return error;
  }

  /** A fact that changes none of our rows (a login, a download, a refusal): a row of its own. */
  async note(actor: AuditActor, target: AuditTarget, result: Exclude<AuditResult, 'pending'> = 'ok'): Promise<void> {
    await this.audit.record({ actor, result, ...target });
  }
}
