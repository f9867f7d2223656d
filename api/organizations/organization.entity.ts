import { Column, CreateDateColumn, DeleteDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A civil society organisation (CSO) taking part in a program. */
@Entity({ name: 'organizations' })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ name: 'field_of_work', type: 'varchar', length: 200 })
  fieldOfWork: string;

  @Column({ name: 'contact_person', type: 'varchar', length: 200 })
  contactPerson: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 40 })
  phone: string;

  @Column({ name: 'onboarding_workflow_id', type: 'varchar', length: 200, nullable: true })
  onboardingWorkflowId: string | null;

  /** Written by the onboarding workflow's activity; the live status comes from Temporal. */
  @Column({ name: 'onboarded_at', type: 'timestamptz', nullable: true })
  onboardedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Deleting keeps the row (history must never be lost); it just leaves every list. */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
