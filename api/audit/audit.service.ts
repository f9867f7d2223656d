import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntry, AuditResult } from './audit-entry.entity';

export interface AuditRecord {
  actor: { id: string; email: string } | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  workflowId?: string | null;
  result: AuditResult;
  details?: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(@InjectRepository(AuditEntry) private readonly repo: Repository<AuditEntry>) {}

  /**
   * Writes the entry of an update or signal *before* it is sent, with result 'pending' and a
   * known id (derived from the Idempotency-Key, so a retry finds the same row instead of adding
   * one). Throws when PostgreSQL cannot take it: then nothing is sent (503).
   */
  async begin(id: string, entry: Omit<AuditRecord, 'result'>): Promise<void> {
    await this.insertPending(id, entry).catch((err: Error) => {
      this.logger.warn(`Could not write the audit entry of ${entry.action}; nothing is sent: ${err.message}`);
      throw new ServiceUnavailableException({
        statusCode: 503,
        message: 'PostgreSQL could not record the audit entry, so nothing was sent; try again shortly',
      });
    });
  }

  private async insertPending(id: string, entry: Omit<AuditRecord, 'result'>): Promise<void> {
    await this.repo.query(
      `INSERT INTO audit_log (id, actor_id, actor_email, action, target_type, target_id, workflow_id, result, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8::jsonb) ON CONFLICT (id) DO NOTHING`,
      [
        id,
        entry.actor?.id ?? null,
        entry.actor?.email ?? null,
        entry.action,
        entry.targetType,
        entry.targetId ?? null,
        entry.workflowId ?? null,
        JSON.stringify(entry.details ?? null),
      ],
    );
  }

  /**
   * Sets the outcome of a begun entry. Best effort: the change has already happened (or not) in
   * the workflow, so a failure here is logged and never reaches the client. 'ok' is final (the
   * projection may have set it with the action's facts); extra details are merged in.
   */
  async settle(id: string, result: Exclude<AuditResult, 'pending'>, details?: Record<string, unknown>): Promise<void> {
    try {
      await this.repo.query(
        `UPDATE audit_log SET result = $2, details = COALESCE(details, '{}'::jsonb) || $3::jsonb WHERE id = $1 AND result <> 'ok'`,
        [id, result, JSON.stringify(details ?? {})],
      );
    } catch (err) {
      this.logger.warn(`Could not set audit entry ${id} to ${result}: ${(err as Error).message}`);
    }
  }

  /** Appends one entry; pass a transaction's manager to write it atomically with the change. */
  async record(entry: AuditRecord, manager?: EntityManager): Promise<AuditEntry> {
    const repo = manager ? manager.getRepository(AuditEntry) : this.repo;
    return repo.save(
      repo.create({
        actorId: entry.actor?.id ?? null,
        actorEmail: entry.actor?.email ?? null,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        workflowId: entry.workflowId ?? null,
        result: entry.result,
        details: entry.details ?? null,
      }),
    );
  }

  findForTarget(targetType: string, targetId: string): Promise<AuditEntry[]> {
    return this.repo.find({ where: { targetType, targetId }, order: { at: 'ASC' } });
  }
}
