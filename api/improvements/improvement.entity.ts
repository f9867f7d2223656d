import { Column, Entity } from 'typeorm';
import { ProgramPart } from '../programs/program-part.entity';

/** One improvement plan item, as the workflow last projected it. */
@Entity({ name: 'improvements' })
export class Improvement extends ProgramPart {
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
