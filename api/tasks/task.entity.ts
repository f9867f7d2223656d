import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { ProgramPart } from '../programs/program-part.entity';
import { User } from '../users/user.entity';

@Entity({ name: 'tasks' })
export class Task extends ProgramPart {
  @Column({ type: 'varchar' }) type: string;
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'assignee_id', type: 'uuid' }) assigneeId: string;
  @ManyToOne(() => User) @JoinColumn({ name: 'assignee_id' }) assignee?: User;
  @Column({ type: 'varchar' }) status: string;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt: Date;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'boolean' }) overdue: boolean;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'completed_by', type: 'uuid', nullable: true }) completedBy: string | null;
  @Column({ name: 'cancelled_reason', type: 'text', nullable: true }) cancelledReason: string | null;
  @Column({ type: 'jsonb', nullable: true }) data: Record<string, unknown> | null;
}
