import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Folds the running totals' appended rows into one per key every few minutes (best effort), so
 * they stay a few hundred rows even when nobody opens a dashboard or report for a long time
 * (reads fold them too: read-model-totals.ts).
 */
@Injectable()
export class TotalsCompactor implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ReadModelTotals');
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.compact(), 300_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async compact(): Promise<void> {
    await this.db
      .query('SELECT mf_compact_read_model_totals()')
      .catch((err) => this.logger.warn(`Could not compact the read model totals: ${(err as Error).message}`));
  }
}
