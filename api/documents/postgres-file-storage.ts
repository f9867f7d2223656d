import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { FileStorage, StorageTx } from './file-storage';

async function toBuffer(content: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content;
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Bytes in PostgreSQL (`file_blobs.data`, bytea). Uploads are bounded by FILE_MAX_BYTES, so a
 * file is buffered whole; reads come back as a stream so callers do not depend on that.
 */
@Injectable()
export class PostgresFileStorage implements FileStorage {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async put(id: string, content: Buffer | Readable, tx?: StorageTx) {
    const data = await toBuffer(content);
    await (tx ?? this.db).query(`INSERT INTO file_blobs (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data`, [
      id,
      data,
    ]);
    return { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  }

  async get(id: string): Promise<Readable | null> {
    const rows: { data: Buffer }[] = await this.db.query(`SELECT data FROM file_blobs WHERE id = $1`, [id]);
    return rows.length ? Readable.from([rows[0].data]) : null;
  }

  async delete(id: string, tx?: StorageTx): Promise<void> {
    await (tx ?? this.db).query(`DELETE FROM file_blobs WHERE id = $1`, [id]);
  }
}
