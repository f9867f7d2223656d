import { BadRequestException } from '@nestjs/common';
import type { FieldErrors } from '../../workflows/shared/field-errors';

/** 400 naming each bad field (design.md: API conventions). */
export const invalid = (errors: FieldErrors) => new BadRequestException({ statusCode: 400, message: 'Validation failed', errors });
export const invalidField = (field: string, message: string) => invalid({ [field]: message });

/** A query's program year: a whole number from 1 to the program's years. */
export function yearOf(raw: unknown, years: number, field = 'year'): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > years) throw invalidField(field, `${field} must be a program year from 1 to ${years}`);
  return n;
}

/** A body must be a JSON object whose keys are all known. */
export function assertKeys(body: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidField('body', 'body must be a JSON object');
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length) throw invalid(Object.fromEntries(extra.map((k) => [k, `property ${k} should not exist`])));
  return body as Record<string, unknown>;
}
