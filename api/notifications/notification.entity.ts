import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** What the console needs to say a notification in the reader's language (set by the workflows). */
export interface NotificationParams {
  taskType?: string;
  year?: number;
  /** YYYY-MM-DD */
  dueDate?: string;
  /** YYYY-MM-DD of the last contact, null: never. */
  since?: string | null;
  /** template_reminder: the designed type's reminder text in both languages. */
  message?: { en: string; tr: string };
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
  /** E-mail outbox (email-outbox.service.ts): still to send, tries so far, when to try next, last error. */
  @Column({ name: 'email_pending', type: 'boolean', select: false }) emailPending: boolean;
  @Column({ name: 'email_attempts', type: 'int', select: false }) emailAttempts: number;
  @Column({ name: 'email_next_at', type: 'timestamptz', nullable: true, select: false }) emailNextAt: Date | null;
  @Column({ name: 'email_error', type: 'text', nullable: true, select: false }) emailError: string | null;
}
