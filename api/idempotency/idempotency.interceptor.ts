import {
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { ApiErrorBody } from '../common/api-error';
import { currentIdempotencyKey, IDEMPOTENCY_HEADER } from '../common/idempotency-key';
import { AppConfigService } from '../config/app-config.service';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface StoredRow {
  request: string;
  state: 'pending' | 'done';
  response_status: number | null;
  response_body: unknown;
}

/**
 * Writes sent with an Idempotency-Key run once per (user, key): the first outcome (any 2xx or
 * 4xx) is stored in PostgreSQL and a retry gets it back unchanged. While the first request is
 * still running, a retry waits for its outcome (up to WRITE_TIMEOUT_MS, then 503 with
 * Retry-After). A 5xx is not stored: the retry runs again, and the workflow-backed writes pass
 * a Temporal update id derived from the same key, so even then nothing applies twice.
 * The same key on a different request (method, path or body) is a 422 naming the header.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reflector: Reflector,
    private readonly config: AppConfigService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request & { user?: { id: string } }>();
    const key = currentIdempotencyKey();
    if (!key || !req.user || !WRITES.has(req.method)) return next.handle();
    const successStatus =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler()) ??
      (req.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    return from(this.run(req.user.id, key, describe(req), successStatus, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async run(userId: string, key: string, request: string, successStatus: number, handle: () => Promise<unknown>): Promise<unknown> {
    const timeout = this.config.get('WRITE_TIMEOUT_MS');
    const staleAfterMs = 2 * timeout + 5000;
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await this.claim(userId, key, request, staleAfterMs)) break;
      const row = await this.find(userId, key);
      if (row && row.request !== request) {
        throw new UnprocessableEntityException({
          statusCode: 422,
          message: 'This Idempotency-Key was already used for a different request',
          errors: { [IDEMPOTENCY_HEADER]: `${IDEMPOTENCY_HEADER} was already used for another request; send a new key for a new submit` },
        });
      }
      if (row?.state === 'done') return replay(row);
      if (Date.now() >= deadline) {
        throw new ServiceUnavailableException({
          statusCode: 503,
          message: 'The first request with this Idempotency-Key is still running; retry shortly with the same key',
        });
      }
      await sleep(100);
    }
    try {
      const body = await handle();
      await this.store(userId, key, successStatus, body ?? null);
      return body;
    } catch (err) {
      if (err instanceof HttpException && err.getStatus() < 500) {
        await this.store(userId, key, err.getStatus(), errorBody(err));
      } else {
        // No outcome yet (timeout, outage): let a retry run again.
        await this.db
          .query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND state = 'pending'`, [userId, key])
          .catch((e) => this.logger.warn(`Could not release Idempotency-Key ${key}: ${(e as Error).message}`));
      }
      throw err;
    }
  }

  /** Inserts a pending row, or takes over one abandoned by a crashed request. True when this request runs. */
  private async claim(userId: string, key: string, request: string, staleAfterMs: number): Promise<boolean> {
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

  private async find(userId: string, key: string): Promise<StoredRow | undefined> {
    const rows = (await this.db.query(
      `SELECT request, state, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    )) as StoredRow[];
    return rows[0];
  }

  private async store(userId: string, key: string, status: number, body: unknown): Promise<void> {
    // The write has happened; failing to remember its outcome must not turn it into an error.
    await this.db
      .query(
        `UPDATE idempotency_keys SET state = 'done', response_status = $3, response_body = $4::jsonb, updated_at = now() WHERE user_id = $1 AND key = $2`,
        [userId, key, status, JSON.stringify(body)],
      )
      .catch((e) => this.logger.warn(`Could not store the outcome for Idempotency-Key ${key}: ${(e as Error).message}`));
  }
}

/** Method, path and a hash of the body: what "the same request" means for a key. */
function describe(req: Request): string {
  const body = createHash('sha256')
    .update(JSON.stringify(req.body ?? null))
    .digest('hex')
    .slice(0, 32);
  return `${req.method} ${req.path} ${body}`.slice(0, 300);
}

function errorBody(err: HttpException): ApiErrorBody {
  const response = err.getResponse();
  if (typeof response === 'string') return { statusCode: err.getStatus(), message: response };
  const r = response as { message?: unknown; errors?: Record<string, string> };
  const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? err.message);
  return { statusCode: err.getStatus(), message, ...(r.errors ? { errors: r.errors } : {}) };
}

function replay(row: StoredRow): unknown {
  const status = row.response_status ?? 200;
  if (status >= 400) throw new HttpException(row.response_body as object, status);
  return row.response_body;
}
