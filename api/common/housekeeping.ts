import { Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * One SQL statement the API runs every `everyMs` while it is up, best effort: a failure is
 * logged and the next round tries again. The timer never keeps the process alive.
 */
export abstract class Housekeeping implements OnModuleInit, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly logger: Logger;

  protected constructor(
    protected readonly db: DataSource,
    private readonly job: { name: string; everyMs: number; sql: string; params?: () => unknown[]; failure: string },
  ) {
    this.logger = new Logger(job.name);
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.run(), this.job.everyMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    await this.db
      .query(this.job.sql, this.job.params?.() ?? [])
      .catch((err) => this.logger.warn(`${this.job.failure}: ${(err as Error).message}`));
  }
}
