import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Program } from '../programs/program.entity';

/** One improvement plan item, as the workflow last projected it. */
@Entity({ name: 'improvements' })
export class Improvement {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => Program) @JoinColumn({ name: 'program_id' }) program?: Program;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'varchar' }) element: string;
  @Column({ name: 'study_type', type: 'varchar' }) studyType: string;
  @Column({ type: 'varchar' }) title: string;
  @Column({ type: 'varchar' }) priority: string;
  @Column({ name: 'target_date', type: 'date' }) targetDate: string;
  @Column({ type: 'jsonb' }) principles: string[];
  @Column({ name: 'gender_marker', type: 'int' }) genderMarker: number;
  @Column({ type: 'varchar' }) status: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
