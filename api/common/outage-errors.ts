import { ServiceUnavailableException } from '@nestjs/common';

/** Seconds a client should wait before retrying a 503 (sent as Retry-After). */
export const RETRY_AFTER_SECONDS = 2;

// Node socket errors and PostgreSQL SQLSTATEs that mean "the database is not there right now":
// class 08 (connection exception), 57P01-57P03 (shutting down / cannot connect now), 53300 (too many connections).
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const PG_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|Connection is not established|terminating connection/i;

/** True when an error (or its cause, or a TypeORM QueryFailedError's driver error) means PostgreSQL is unreachable. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown[]; name?: string };
  // Temporal's errors carry gRPC codes; they are handled by isTemporalUnavailable.
  if (e.name === 'ServiceError' || e.name === 'TransportError') return false;
  if (typeof e.code === 'string' && (NODE_CODES.has(e.code) || PG_STATES.has(e.code) || e.code.startsWith('08'))) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true; // AggregateError (IPv4 + IPv6)
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/**
 * A write whose outcome is unknown: its workflow did not answer within WRITE_TIMEOUT_MS (or the
 * Temporal server stopped answering meanwhile). 503 with Retry-After; the client retries with the
 * same Idempotency-Key to learn the outcome.
 */
export class WriteTimeoutException extends ServiceUnavailableException {
  constructor(
    timeoutMs: number,
    /** True when the Temporal server itself did not answer a ping after the deadline. */
    readonly temporalDown = false,
  ) {
    super({
      statusCode: 503,
      message: temporalDown
        ? 'Temporal is unreachable; try again shortly with the same Idempotency-Key'
        : `The program did not answer within ${Math.round(timeoutMs / 100) / 10} s; retry with the same Idempotency-Key to get the outcome`,
    });
  }
}
