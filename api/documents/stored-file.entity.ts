import { Column, Entity, PrimaryColumn } from 'typeorm';

export const OWNER_TYPES = ['program', 'plan_item', 'visit', 'resource'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** An uploaded file's metadata; its bytes are in the FileStorage under the same id. */
@Entity({ name: 'files' })
export class StoredFile {
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'varchar' }) name: string;
  @Column({ name: 'content_type', type: 'varchar' }) contentType: string;
  @Column({ type: 'varchar' }) extension: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'char' }) sha256: string;
  @Column({ name: 'owner_type', type: 'varchar' }) ownerType: OwnerType;
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId: string;
  /** The program whose access rules apply (null for library resources, which every user reads). */
  @Column({ name: 'program_id', type: 'uuid', nullable: true }) programId: string | null;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy: string | null;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt: Date;
}
