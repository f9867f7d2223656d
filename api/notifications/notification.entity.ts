import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An in-app notification (task assigned, overdue, reminder, reassignment). */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'varchar' }) type: string;
  @Column({ type: 'text' }) message: string;
  @Column({ name: 'program_id', type: 'uuid', nullable: true }) programId: string | null;
  @Column({ name: 'task_id', type: 'uuid', nullable: true }) taskId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true }) emailedAt: Date | null;
}
