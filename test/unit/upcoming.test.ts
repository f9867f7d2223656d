/** The program page's "what's next": the workflow's `upcoming` when reported, else derived from the live state. */
import { describe, expect, it } from 'vitest';
import { nextCheckinOf, upcomingOf } from '../../admin/src/programs/show/upcoming';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("what's next", () => {
  it('uses the workflow-reported upcoming list, sorted, and marks overdue tasks from the open tasks', () => {
    const live = {
      status: 'active',
      stage: 'implementation',
      tasks: [{ id: 't1', type: 'gender_plan_review', status: 'open', dueAt: '2027-03-01T00:00:00.000Z', overdue: true }],
      upcoming: [
        { at: '2027-12-01T00:00:00.000Z', kind: 'year_end' as const },
        { at: '2027-03-01T00:00:00.000Z', kind: 'task_due' as const, taskId: 't1', taskType: 'gender_plan_review' },
        { at: '2027-02-10T00:00:00.000Z', kind: 'checkin' as const },
      ],
    };
    const upcoming = upcomingOf(live);
    expect(upcoming.map((u) => u.kind)).toEqual(['checkin', 'task_due', 'year_end']);
    expect(upcoming[1].overdue).toBe(true);
    expect(nextCheckinOf(live, { visitCadence: 30 * DAY }, upcoming)).toBe('2027-02-10T00:00:00.000Z');
  });

  it('falls back to open tasks and the end of the year, and the last contact plus the visit cadence', () => {
    const live = {
      status: 'active',
      stage: 'implementation',
      yearStartedAt: '2027-01-01T00:00:00.000Z',
      yearEndsAt: '2027-12-31T00:00:00.000Z',
      lastContactAt: '2027-02-01T00:00:00.000Z',
      tasks: [
        { id: 'a', type: 'gender_plan_review', status: 'open', dueAt: '2027-06-01T00:00:00.000Z' },
        { id: 'b', type: 'self_assessment', status: 'completed', dueAt: '2027-01-10T00:00:00.000Z' },
      ],
    };
    const upcoming = upcomingOf(live);
    expect(upcoming).toEqual([
      { at: '2027-06-01T00:00:00.000Z', kind: 'task_due', taskId: 'a', taskType: 'gender_plan_review', overdue: false },
      { at: '2027-12-31T00:00:00.000Z', kind: 'year_end' },
    ]);
    expect(nextCheckinOf(live, { visitCadence: 30 * DAY }, upcoming)).toBe('2027-03-03T00:00:00.000Z');
    // No contact yet: counted from the start of the year; never past the year's end.
    expect(nextCheckinOf({ ...live, lastContactAt: null }, { visitCadence: 30 * DAY }, upcoming)).toBe('2027-01-31T00:00:00.000Z');
    expect(nextCheckinOf({ ...live, lastContactAt: '2027-12-20T00:00:00.000Z' }, { visitCadence: 30 * DAY }, upcoming)).toBeNull();
  });

  it('derives the advocacy check-in from the open check-in task, else the last one plus the cadence', () => {
    const base = {
      status: 'active',
      stage: 'implementation_support',
      planLockedAt: '2027-05-01T00:00:00.000Z',
      implementationEndsAt: '2027-11-01T00:00:00.000Z',
    };
    const open = { ...base, tasks: [{ id: 'c', type: 'implementation_checkin', status: 'open', dueAt: '2027-06-10T00:00:00.000Z' }] };
    expect(nextCheckinOf(open, { checkinCadence: 30 * DAY }, upcomingOf(open))).toBe('2027-06-10T00:00:00.000Z');
    expect(upcomingOf(open).map((u) => u.kind)).toEqual(['task_due', 'implementation_end']);
    const done = {
      ...base,
      tasks: [
        {
          id: 'c',
          type: 'implementation_checkin',
          status: 'completed',
          dueAt: '2027-06-10T00:00:00.000Z',
          completedAt: '2027-06-05T00:00:00.000Z',
        },
      ],
    };
    expect(nextCheckinOf(done, { checkinCadence: 30 * DAY }, upcomingOf(done))).toBe('2027-07-05T00:00:00.000Z');
  });

  it('has nothing next for a paused, withdrawn or completed program', () => {
    for (const status of ['paused', 'withdrawn', 'completed']) {
      const live = { status, stage: 'implementation', yearEndsAt: '2027-12-31T00:00:00.000Z', tasks: [] };
      expect(upcomingOf(live)).toEqual([]);
      expect(nextCheckinOf(live, { visitCadence: DAY }, [])).toBeNull();
    }
  });
});
