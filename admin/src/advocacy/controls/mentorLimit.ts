import { HttpError } from 'react-admin';

/**
 * The API's 409 when a mentor already follows as many advocacy CSOs as the configuration
 * allows ("... (limit 5); choose another mentor or confirm an override"): a manager may
 * confirm an override and send again. Returns the server's message, or null.
 */
export const mentorLimitMessage = (error: unknown): string | null =>
  error instanceof HttpError && error.status === 409 && /limit/i.test(error.message) && /override/i.test(error.message)
    ? error.message
    : null;
