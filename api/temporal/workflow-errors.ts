import { BadRequestException, ConflictException, ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import { FAILURE } from '../../workflows/programs/contract';

interface FailureLike {
  name?: string;
  type?: string;
  message?: string;
  details?: unknown[];
  cause?: unknown;
}

/**
 * Maps a rejected workflow update (its validator's ApplicationFailure) or a closed workflow to the
 * HTTP error the API conventions promise. Returns null for anything else (rethrow it).
 */
export function workflowErrorToHttp(err: unknown): HttpException | null {
  let e = err as FailureLike | undefined;
  // WorkflowUpdateFailedError -> cause ApplicationFailure
  for (let depth = 0; e && depth < 4; depth++) {
    if (e.name === 'ApplicationFailure' || e.type) {
      const message = e.message ?? 'Rejected';
      switch (e.type) {
        case FAILURE.validation: {
          const errors = (e.details?.[0] as { errors?: Record<string, string> } | undefined)?.errors ?? {};
          return new BadRequestException({ statusCode: 400, message: 'Validation failed', errors });
        }
        case FAILURE.notFound:
          return new NotFoundException(message);
        case FAILURE.conflict:
          return new ConflictException(message);
        case FAILURE.forbidden:
          return new ForbiddenException(message);
      }
    }
    if (e.name === 'WorkflowNotFoundError' || /workflow execution already completed/i.test(e.message ?? '')) {
      return new ConflictException('The program has ended; it accepts no more changes');
    }
    e = e.cause as FailureLike | undefined;
  }
  return null;
}
