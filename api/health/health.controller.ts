import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { TemporalService } from '../temporal/temporal.service';

interface Check {
  status: 'up' | 'down';
  latencyMs?: number;
  error?: string;
}

async function check(fn: () => Promise<unknown>): Promise<Check> {
  const t0 = Date.now();
  try {
    await fn();
    return { status: 'up', latencyMs: Date.now() - t0 };
  } catch (err) {
    return { status: 'down', error: (err as Error).message.split('\n')[0].slice(0, 200) };
  }
}

/** Reports the database and Temporal separately; 503 when either is down. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: '{status:"ok", database:{status:"up"}, temporal:{status:"up"}}' })
  @ApiServiceUnavailableResponse({ description: 'database or Temporal down' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [database, temporal] = await Promise.all([
      check(() => withTimeout(this.db.query('SELECT 1'), 2000)),
      check(() => this.temporal.ping(2000)),
    ]);
    const ok = database.status === 'up' && temporal.status === 'up';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', database, temporal, readModel: await this.readModel(database.status === 'up') };
  }

  /**
   * Programs whose projection failed for good: their read model is behind the workflow until a
   * repair (`npm run repair-read-model`). Counted only: which ones and why is on the dashboard.
   */
  private async readModel(databaseUp: boolean): Promise<{ status: 'up' | 'behind' | 'unknown'; programsBehind?: number }> {
    if (!databaseUp) return { status: 'unknown' };
    try {
      const [{ n }] = (await withTimeout(
        this.db.query(`SELECT count(*)::int AS n FROM programs WHERE read_model_error IS NOT NULL`),
        2000,
      )) as { n: number }[];
      return { status: n ? 'behind' : 'up', programsBehind: n };
    } catch {
      return { status: 'unknown' };
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
