import {
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  NestInterceptor,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { ApiErrorBody } from '../common/api-error';
import { currentIdempotencyKey, IDEMPOTENCY_HEADER } from '../common/idempotency-key';
import { AppConfigService } from '../config/app-config.service';
import { IdempotencyKeys, type StoredOutcome } from './idempotency-keys';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
  constructor(
    private readonly keys: IdempotencyKeys,
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
      if (await this.keys.claim(userId, key, request, staleAfterMs)) break;
      const row = await this.keys.find(userId, key);
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
      await this.keys.store(userId, key, successStatus, body ?? null);
      return body;
    } catch (err) {
      if (err instanceof HttpException && err.getStatus() < 500) {
        await this.keys.store(userId, key, err.getStatus(), errorBody(err));
      } else {
        // No outcome yet (timeout, outage): let a retry run again.
        await this.keys.release(userId, key);
      }
      throw err;
    }
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

function replay(row: StoredOutcome): unknown {
  const status = row.response_status ?? 200;
  if (status >= 400) throw new HttpException(row.response_body as object, status);
  return row.response_body;
}
