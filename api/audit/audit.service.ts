import { Injectable } from '@nestjs/common';
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
  constructor(@InjectRepository(AuditEntry) private readonly repo: Repository<AuditEntry>) {}

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
