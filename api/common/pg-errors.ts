import { QueryFailedError } from 'typeorm';

/** PostgreSQL refused a row whose unique key is taken (SQLSTATE 23505). */
export const isUniqueViolation = (err: unknown): boolean => err instanceof QueryFailedError && (err as { code?: string }).code === '23505';
