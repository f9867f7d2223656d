import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
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

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
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
      const r = response as { message?: unknown; errors?: Record<string, string> };
      const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
      return { statusCode: status, message, ...(r.errors ? { errors: r.errors } : {}) };
    }
    if (isDatabaseUnavailable(exception)) {
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: 'PostgreSQL is unreachable; try again shortly' };
    }
    if (isTemporalUnavailable(exception)) {
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: 'Temporal is unreachable; try again shortly' };
    }
    if (exception instanceof QueryFailedError && (exception as { code?: string }).code === '23505') {
      return { statusCode: HttpStatus.CONFLICT, message: 'A record with the same unique value already exists' };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
  }
}
