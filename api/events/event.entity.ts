import { Column, CreateDateColumn, DeleteDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A peer-learning meeting or workshop between CSOs. */
@Entity({ name: 'events' })
export class PeerEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) kind: 'meeting' | 'workshop';
  @Column({ type: 'date' }) date: string;
  @Column({ type: 'varchar' }) topic: string;
  @Column({ type: 'text' }) notes: string;
  @Column({ name: 'organization_ids', type: 'uuid', array: true }) organizationIds: string[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
}
