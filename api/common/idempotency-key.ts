import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The Idempotency-Key header: a client-chosen id per submit (the console sends a UUID). Retrying a
 * write with the same key returns the first outcome and never applies the write twice. Format:
 * 8 to 128 characters from A-Z a-z 0-9 . _ : - (a UUID fits). Anything else is a 400 naming the
 * header. The key of the current request is kept in an AsyncLocalStorage so services reach it
 * without every controller having to pass it along.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

const context = new AsyncLocalStorage<{ idempotencyKey: string | null }>();

/** The current request's Idempotency-Key, or null when it has none. */
export function currentIdempotencyKey(): string | null {
  return context.getStore()?.idempotencyKey ?? null;
}

/** Runs fn as if a request carried this key (cohort starts give each program its own key). */
export function withIdempotencyKey<T>(key: string | null, fn: () => T): T {
  return context.run({ idempotencyKey: key }, fn);
}

/** Validates the header and makes it available to the rest of the request. */
export function idempotencyKeyMiddleware(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const raw = req.headers['idempotency-key'];
    if (raw === undefined) return context.run({ idempotencyKey: null }, next);
    const value = Array.isArray(raw) ? raw : [raw];
    if (value.length !== 1 || !IDEMPOTENCY_KEY_PATTERN.test(value[0])) {
      res.status(400).json({
        statusCode: 400,
        message: 'Invalid Idempotency-Key header',
        errors: {
          [IDEMPOTENCY_HEADER]: `${IDEMPOTENCY_HEADER} must be one value of 8 to 128 characters from A-Z a-z 0-9 . _ : - (a UUID, for example)`,
        },
      });
      return;
    }
    context.run({ idempotencyKey: value[0] }, next);
  };
}

/**
 * A UUID derived from the parts (SHA-256, formatted as a version-8 UUID): the same key, user and
 * action always give the same audit id, update id or program id, so a retry finds the first one.
 */
export function derivedUuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u001f')).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
