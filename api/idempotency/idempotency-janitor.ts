import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How long a stored first outcome can be replayed; retries come within minutes, not weeks. */
export const IDEMPOTENCY_RETENTION_DAYS = 7;

/** Deletes stored outcomes past the retention, once an hour (best effort). */
@Injectable()
export class IdempotencyJanitor implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep(), 3600_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    await this.db
      .query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1)`, [IDEMPOTENCY_RETENTION_DAYS])
      .catch((err) => this.logger.warn(`Could not delete old idempotency keys: ${(err as Error).message}`));
  }
}
