/** The inbox's filters and due dates. */
import { describe, expect, it } from 'vitest';
import { daysUntil } from '../../admin/src/tasks/daysUntil';
import { activeFilters, isSet, withFilter } from '../../admin/src/tasks/inbox/filterValues';

describe('inbox filters', () => {
  it('counts only its own filters that have a value', () => {
    expect(activeFilters(undefined)).toBe(0);
    expect(activeFilters({ type: 'gender_report', status: '', overdue: false, organizationId: null })).toBe(2);
    // Set by the page itself, not by the filter form.
    expect(activeFilters({ assigneeId: 'u1', programId: 'p1' })).toBe(0);
  });

  it('sets, replaces and removes one filter, leaving the others', () => {
    const values = { status: 'open', type: 'gender_report' };
    expect(withFilter(values, 'type', 'self_assessment')).toEqual({ status: 'open', type: 'self_assessment' });
    expect(withFilter(values, 'type', '')).toEqual({ status: 'open' });
    expect(withFilter(undefined, 'organizationId', 'o1')).toEqual({ organizationId: 'o1' });
    expect(values).toEqual({ status: 'open', type: 'gender_report' });
  });

  it('sends "overdue" as a boolean', () => {
    expect(withFilter({}, 'overdue', 'true')).toEqual({ overdue: true });
    expect(withFilter({}, 'overdue', 'false')).toEqual({ overdue: false });
    expect(withFilter({ overdue: true }, 'overdue', undefined)).toEqual({});
  });

  it('treats zero and false as values, empty strings and nulls as none', () => {
    expect([0, false, 'x'].map(isSet)).toEqual([true, true, true]);
    expect(['', null, undefined].map(isSet)).toEqual([false, false, false]);
  });
});

describe('days until due', () => {
  // Local times: the chip counts calendar days where the reader is.
  const now = new Date(2027, 2, 10, 18, 30).getTime();

  it('counts calendar days, not 24-hour spans', () => {
    expect(daysUntil(new Date(2027, 2, 10, 23, 59).toISOString(), now)).toBe(0);
    expect(daysUntil(new Date(2027, 2, 11, 0, 5).toISOString(), now)).toBe(1);
    expect(daysUntil(new Date(2027, 2, 9, 23, 0).toISOString(), now)).toBe(-1);
  });

  it('spans months', () => {
    expect(daysUntil(new Date(2027, 3, 9, 9, 0).toISOString(), now)).toBe(30);
    expect(daysUntil(new Date(2027, 1, 28, 12, 0).toISOString(), now)).toBe(-10);
  });
});
