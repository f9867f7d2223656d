import { Column, Entity } from 'typeorm';
import { ProgramPart } from '../programs/program-part.entity';

/** A record a template program's stage allows (a meeting, a check-in); written by the projection. */
@Entity({ name: 'program_records' })
export class ProgramRecord extends ProgramPart {
  /** The template's record id. */
  @Column({ type: 'varchar' }) kind: string;
  /** The program's cycle. */
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'stage_id', type: 'varchar' }) stageId: string;
  @Column({ type: 'jsonb' }) data: Record<string, unknown>;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
