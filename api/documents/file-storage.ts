import type { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded files live, behind one interface so a deployment can move them
 * (e.g. to S3) without touching the metadata, access rules or audit (api/documents/files.service).
 * Only PostgreSQL is implemented: the embedded setup and its backups stay one thing.
 */
export interface FileStorage {
  /** Stores the bytes under `id` (in the caller's transaction when one is given). */
  put(id: string, content: Buffer | Readable, tx?: StorageTx): Promise<{ size: number; sha256: string }>;
  /** The bytes of `id` as a stream; null when nothing is stored under it. */
  get(id: string): Promise<Readable | null>;
  /** Removes the bytes of `id` (no error when there were none). */
  delete(id: string, tx?: StorageTx): Promise<void>;
}

/** An open database transaction a storage may join (ignored by storages outside PostgreSQL). */
export interface StorageTx {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');
