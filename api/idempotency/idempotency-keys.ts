import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A key's row: the request it was first used for, and its outcome once done. */
export interface StoredOutcome {
  request: string;
  state: 'pending' | 'done';
  response_status: number | null;
  response_body: unknown;
}

/** The idempotency_keys table: one row per (user, key), pending while its first request runs. */
@Injectable()
export class IdempotencyKeys {
  private readonly logger = new Logger('Idempotency');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts a pending row, or takes over one abandoned by a crashed request. True when this request runs. */
  async claim(userId: string, key: string, request: string, staleAfterMs: number): Promise<boolean> {
    const inserted = (await this.db.query(
      `INSERT INTO idempotency_keys (user_id, key, request, state) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (user_id, key) DO UPDATE SET updated_at = now()
         WHERE idempotency_keys.state = 'pending' AND idempotency_keys.request = EXCLUDED.request
           AND idempotency_keys.updated_at < now() - make_interval(secs => $4::float / 1000)
       RETURNING key`,
      [userId, key, request, staleAfterMs],
    )) as unknown[];
    return inserted.length > 0;
  }

  async find(userId: string, key: string): Promise<StoredOutcome | undefined> {
    const rows = (await this.db.query(
      `SELECT request, state, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    )) as StoredOutcome[];
    return rows[0];
  }

  async store(userId: string, key: string, status: number, body: unknown): Promise<void> {
    // The write has happened; failing to remember its outcome must not turn it into an error.
    await this.db
      .query(
        `UPDATE idempotency_keys SET state = 'done', response_status = $3, response_body = $4::jsonb, updated_at = now() WHERE user_id = $1 AND key = $2`,
        [userId, key, status, JSON.stringify(body)],
      )
      .catch((e) => this.logger.warn(`Could not store the outcome for Idempotency-Key ${key}: ${(e as Error).message}`));
  }

  /** Drops a pending row, so that a retry runs again (best effort). */
  async release(userId: string, key: string): Promise<void> {
    await this.db
      .query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND state = 'pending'`, [userId, key])
      .catch((e) => this.logger.warn(`Could not release Idempotency-Key ${key}: ${(e as Error).message}`));
  }
}
