import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** What the console needs to say a notification in the reader's language (set by the workflows). */
export interface NotificationParams {
  taskType?: string;
  year?: number;
  /** YYYY-MM-DD */
  dueDate?: string;
  /** YYYY-MM-DD of the last contact, null: never. */
  since?: string | null;
}

/** An in-app notification (task assigned, overdue, reminder, reassignment). */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'varchar' }) type: string;
  /** English text, kept for e-mail and for notifications stored before `params` existed. */
  @Column({ type: 'text' }) message: string;
  @Column({ type: 'jsonb', nullable: true }) params: NotificationParams | null;
  @Column({ name: 'program_id', type: 'uuid', nullable: true }) programId: string | null;
  @Column({ name: 'task_id', type: 'uuid', nullable: true }) taskId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true }) emailedAt: Date | null;
}
