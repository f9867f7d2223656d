import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** pending: written before an update or signal is sent; set to the outcome afterwards. */
export type AuditResult = 'pending' | 'ok' | 'rejected' | 'failed';

/** Who did what, when, to what, and how it ended. Append-only. */
@Entity({ name: 'audit_log' })
@Index(['targetType', 'targetId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Index()
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  /** Dotted verb, e.g. "organization.create", "workflow.signal.pause". */
  @Index()
  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 50 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 200, nullable: true })
  targetId: string | null;

  @Column({ name: 'workflow_id', type: 'varchar', length: 200, nullable: true })
  workflowId: string | null;

  @Column({ type: 'varchar', length: 20 })
  result: AuditResult;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
