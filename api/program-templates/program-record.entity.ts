import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A record a template program's stage allows (a meeting, a check-in); written by the projection. */
@Entity({ name: 'program_records' })
export class ProgramRecord {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  /** The template's record id. */
  @Column({ type: 'varchar' }) kind: string;
  /** The program's cycle. */
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'stage_id', type: 'varchar' }) stageId: string;
  @Column({ type: 'jsonb' }) data: Record<string, unknown>;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
