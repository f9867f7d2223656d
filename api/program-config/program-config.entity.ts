import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InstitutionalConfig } from '../../workflows/institutional/config';

/** One version of a program type's configuration; edits add versions, never change old ones. */
@Entity({ name: 'program_configs' })
export class ProgramConfig {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar' }) type: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'jsonb' }) config: InstitutionalConfig;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
