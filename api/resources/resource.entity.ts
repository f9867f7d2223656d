import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A module or template of the resource library: a stored file or a link, tagged by element and study type. */
@Entity({ name: 'resources' })
export class Resource {
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'varchar' }) kind: 'file' | 'link';
  @Column({ type: 'varchar', nullable: true }) url: string | null;
  @Column({ name: 'title_en', type: 'varchar' }) titleEn: string;
  @Column({ name: 'title_tr', type: 'varchar' }) titleTr: string;
  @Column({ name: 'description_en', type: 'text' }) descriptionEn: string;
  @Column({ name: 'description_tr', type: 'text' }) descriptionTr: string;
  @Column({ type: 'jsonb' }) elements: string[];
  @Column({ name: 'study_types', type: 'jsonb' }) studyTypes: string[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A resource a mentor shared with one program; shows on the program's timeline. */
@Entity({ name: 'program_resources' })
export class ProgramResource {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'resource_id', type: 'uuid' }) resourceId: string;
  @Column({ type: 'text' }) note: string;
  @Column({ name: 'shared_by', type: 'uuid', nullable: true }) sharedBy: string | null;
  @Column({ name: 'shared_at', type: 'timestamptz' }) sharedAt: Date;
}
