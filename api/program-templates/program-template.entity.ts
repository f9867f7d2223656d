import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CompiledTemplate, Text } from '../../workflows/templates/language';

/** A program type designed in the console; its content lives in its draft and its versions. */
@Entity({ name: 'program_templates' })
export class ProgramTemplate {
  @PrimaryColumn({ type: 'varchar', length: 40 }) key: string;
  @Column({ type: 'jsonb' }) name: Text;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/** A published version: checked and compiled once, never changed (running programs keep it). */
@Entity({ name: 'program_template_versions' })
export class ProgramTemplateVersion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'template_key', type: 'varchar', length: 40 }) templateKey: string;
  @Column({ type: 'int' }) version: number;
  /** As the designer saved it (the definition the next version's changes are described against). */
  @Column({ type: 'jsonb' }) definition: unknown;
  /** What the workflow receives in its input. */
  @Column({ type: 'jsonb' }) compiled: CompiledTemplate;
  /** What changed since the previous version, in English sentences. */
  @Column({ type: 'jsonb' }) changes: string[];
  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' }) publishedAt: Date;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy: string | null;
}

/** The one draft a type has: saved even when the checks fail (a draft may be incomplete). */
@Entity({ name: 'program_template_drafts' })
export class ProgramTemplateDraft {
  @PrimaryColumn({ name: 'template_key', type: 'varchar', length: 40 }) templateKey: string;
  @Column({ type: 'jsonb' }) definition: unknown;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
}
