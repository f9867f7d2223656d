import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, Optional } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessDeniedAudit } from '../audit/access-denied.audit';
import { isUniqueViolation } from './pg-errors';
import type { ApiErrorBody } from './api-error';
import { isTemporalUnavailable } from '../temporal/temporal-errors';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './outage-errors';

/**
 * Turns every error into {statusCode, message, errors?}. Stack traces are logged, never sent.
 * PostgreSQL or Temporal being unreachable is a 503 naming it (with Retry-After, like every 503),
 * a unique-constraint clash a 409.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(@Optional() private readonly denied?: AccessDeniedAudit) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === 403) await this.denied?.record(host.switchToHttp().getRequest<Request>(), body.message);
    if (body.statusCode === 503) {
      this.logger.warn(`${body.message}: ${(exception as Error).message}`);
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (res.headersSent) return;
    if (body.statusCode === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') return { statusCode: status, message: response };
      const r = response as { message?: unknown; errors?: Record<string, string>; retryAfterSeconds?: unknown };
      const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
      // The login throttle says how long to wait; the console shows it.
      const retry = typeof r.retryAfterSeconds === 'number' ? { retryAfterSeconds: r.retryAfterSeconds } : {};
      return { statusCode: status, message, ...(r.errors ? { errors: r.errors } : {}), ...retry };
    }
    if (isDatabaseUnavailable(exception)) {
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: 'PostgreSQL is unreachable; try again shortly' };
    }
    if (isTemporalUnavailable(exception)) {
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: 'Temporal is unreachable; try again shortly' };
    }
    if (isUniqueViolation(exception)) {
      return { statusCode: HttpStatus.CONFLICT, message: 'A record with the same unique value already exists' };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
  }
}
