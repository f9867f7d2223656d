import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Comparison, YearResult } from '../../workflows/institutional/contract';
import type { AdvocacyConfig } from '../../workflows/advocacy/config';
import type { InstitutionalConfig } from '../../workflows/institutional/config';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';

export const PROGRAM_LANGUAGES = ['en', 'tr'] as const;
export type ProgramLanguage = (typeof PROGRAM_LANGUAGES)[number];

/** Read model of one program workflow; written by the workflow's projection activity. */
@Entity({ name: 'programs' })
export class Program {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'workflow_id', type: 'varchar' }) workflowId: string;
  /** 'institutional', 'advocacy' or a designed type's key (program_templates). */
  @Column({ type: 'varchar' }) type: string;
  /** Designed types: the published version this program runs for its whole life. */
  @Column({ name: 'template_version_id', type: 'uuid', nullable: true }) templateVersionId: string | null;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @ManyToOne(() => Organization, { eager: false }) @JoinColumn({ name: 'organization_id' }) organization?: Organization;
  @Column({ name: 'mentor_id', type: 'uuid' }) mentorId: string;
  @ManyToOne(() => User) @JoinColumn({ name: 'mentor_id' }) mentor?: User;
  @Column({ name: 'gender_expert_id', type: 'uuid', nullable: true }) genderExpertId: string | null;
  @ManyToOne(() => User) @JoinColumn({ name: 'gender_expert_id' }) genderExpert?: User;
  @Column({ name: 'manager_id', type: 'uuid' }) managerId: string;
  @Column({ type: 'varchar' }) status: string;
  @Column({ type: 'varchar' }) stage: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'int' }) years: number;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  /** The language of the program's documents (the self-assessment report shared with the CSO). */
  @Column({ type: 'varchar', length: 2, default: 'tr' }) language: ProgramLanguage;
  @Column({ name: 'config_version', type: 'int' }) configVersion: number;
  /** Built-in types: their configuration version; designed types: {version, templateKey, templateVersionId}. */
  @Column({ type: 'jsonb' }) config:
    InstitutionalConfig | AdvocacyConfig | { version: number; templateKey: string; templateVersionId: string };
  /** Type-specific projection (advocacy: plan versions, final version, check-ins, outcome). */
  @Column({ type: 'jsonb' }) details: object;
  @Column({ name: 'open_task_count', type: 'int' }) openTaskCount: number;
  @Column({ name: 'overdue_task_count', type: 'int' }) overdueTaskCount: number;
  @Column({ name: 'visit_count', type: 'int' }) visitCount: number;
  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true }) lastContactAt: Date | null;
  @Column({ name: 'plan_done', type: 'int' }) planDone: number;
  @Column({ name: 'plan_total', type: 'int' }) planTotal: number;
  @Column({ name: 'year_results', type: 'jsonb' }) yearResults: YearResult[];
  @Column({ type: 'jsonb', nullable: true }) comparison: Comparison | null;
  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true }) withdrawnReason: string | null;
  @Column({ name: 'state_version', type: 'int' }) stateVersion: number;
  /** Set when a projection failed for good: the read model is behind the workflow (repair clears it). */
  @Column({ name: 'read_model_error', type: 'jsonb', nullable: true }) readModelError: { seq: number; reason: string; at: string } | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
