import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Housekeeping } from '../common/housekeeping';

/** How long a stored first outcome can be replayed; retries come within minutes, not weeks. */
export const IDEMPOTENCY_RETENTION_DAYS = 7;

/** Deletes stored outcomes past the retention, once an hour (best effort). */
@Injectable()
export class IdempotencyJanitor extends Housekeeping {
  constructor(@InjectDataSource() db: DataSource) {
    super(db, {
      name: 'Idempotency',
      everyMs: 3600_000,
      sql: `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1)`,
      params: () => [IDEMPOTENCY_RETENTION_DAYS],
      failure: 'Could not delete old idempotency keys',
    });
  }
}
