import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ProgramPart } from '../programs/program-part.entity';

/** A mentor visit or remote support contact, written by the workflow's activity. */
@Entity({ name: 'visits' })
export class Visit extends ProgramPart {
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'date' }) date: string;
  @Column({ type: 'varchar' }) mode: string;
  @Column({ name: 'duration_minutes', type: 'int' }) durationMinutes: number;
  /** The summary shared with the CSO. */
  @Column({ type: 'text' }) notes: string;
  /** The mentor's private note (issue 12): kept in PostgreSQL only, never shown to CSO members. */
  @Column({ name: 'internal_notes', type: 'text', default: '' }) internalNotes: string;
  @Column({ name: 'plan_item_ids', type: 'jsonb' }) planItemIds: string[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
