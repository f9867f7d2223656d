import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Program } from '../programs/program.entity';

/** A mentor visit or remote support contact, written by the workflow's activity. */
@Entity({ name: 'visits' })
export class Visit {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
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
