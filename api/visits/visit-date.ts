import { BadRequestException } from '@nestjs/common';
import { validateVisit } from '../../workflows/institutional/validation';

/**
 * The latest calendar day anywhere on Earth right now (UTC+14): a visit dated after it has not
 * happened yet. Using the server's own day would refuse a visit logged just after midnight in a
 * time zone ahead of it.
 */
export function latestToday(now = Date.now()): string {
  return new Date(now + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Refuses a visit dated after today, together with every other bad field the workflow's
 * validator would name (the same function), so a form sees all of them at once. Plan item ids
 * are checked by the workflow, which knows the plan.
 */
export function assertVisitHappened(visit: { date?: unknown; planItemIds?: unknown }): void {
  const known = Array.isArray(visit.planItemIds) ? visit.planItemIds.filter((x): x is string => typeof x === 'string') : [];
  const errors = validateVisit(visit, known);
  const today = latestToday();
  if (!errors.date && typeof visit.date === 'string' && visit.date > today) {
    errors.date = `date cannot be after today (${today}): log a visit once it has taken place`;
  }
  if (Object.keys(errors).length) throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors });
}
