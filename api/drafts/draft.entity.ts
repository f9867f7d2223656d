import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one person has typed into a form and not yet submitted (see the drafts migration). */
@Entity({ name: 'drafts' })
export class Draft {
  @PrimaryColumn({ name: 'owner_id', type: 'uuid' }) ownerId: string;
  /** `task:<taskId>` for a task form; e.g. `visit:<programId>` for a record dialog. */
  @PrimaryColumn({ type: 'varchar', length: 200 }) key: string;
  @Column({ name: 'task_id', type: 'uuid', nullable: true }) taskId: string | null;
  @Column({ type: 'jsonb' }) data: Record<string, unknown>;
  /** Bytes of the JSON as sent, to enforce the size limit without re-serialising. */
  @Column({ type: 'int' }) size: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
