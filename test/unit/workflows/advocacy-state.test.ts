import { describe, expect, it } from 'vitest';
import { DEFAULT_ADVOCACY_CONFIG, type AdvocacyConfig } from '../../../workflows/advocacy/config';
import type { AdvocacyMentorshipInput } from '../../../workflows/advocacy/contract';
import * as S from '../../../workflows/advocacy/state';
import type { AdvocacyTask } from '../../../workflows/advocacy/types';
import * as A from '../../support/advocacy-data';

const DAY = 86_400_000;
const T0 = Date.parse('2027-02-01T09:00:00.000Z');
const config: AdvocacyConfig = {
  ...DEFAULT_ADVOCACY_CONFIG,
  durations: { ...DEFAULT_ADVOCACY_CONFIG.durations, implementationLength: 180 * DAY, checkinCadence: 30 * DAY, checkinDue: 10 * DAY },
};
const input: AdvocacyMentorshipInput = {
  programId: 'p1',
  organizationId: 'o1',
  organizationName: 'Dernek',
  mentorId: 'm1',
  managerId: 'pm',
  startedBy: { id: 'pm', email: 'pm@example.org', name: 'PM' } as AdvocacyMentorshipInput['startedBy'],
  startDate: '2027-02-01',
  config,
};

let ids = 0;
const rt = (now: number) => ({ now, newId: () => `id-${++ids}` });
const open = (s: S.AdvocacyState) => s.tasks.filter((t) => t.status === 'open') as AdvocacyTask[];

function complete(s: S.AdvocacyState, data: unknown, at: number) {
  const [task] = open(s);
  S.completeTask(s, config, task, data as never, 'm1', rt(at));
  S.keepDraftOnce(s, task);
  return task;
}

/** Through the presentation: the plan is final and implementation support runs. */
function toImplementation() {
  const s = S.startState(input, 'wf', T0);
  S.openTask(s, config, 'needs_assessment', rt(T0));
  complete(s, A.needs(), T0 + DAY);
  complete(s, A.curriculum(), T0 + 2 * DAY);
  complete(s, A.training(), T0 + 3 * DAY);
  complete(s, A.workshop(), T0 + 4 * DAY);
  complete(s, A.plan(), T0 + 5 * DAY);
  complete(s, { decision: 'approve', comments: ' Good ' }, T0 + 6 * DAY);
  complete(s, A.presentation(), T0 + 7 * DAY);
  return s;
}

describe('advocacy state machine', () => {
  it('goes from the needs assessment through training and workshop to plan drafting, one open task at a time', () => {
    const s = S.startState(input, 'wf', T0);
    S.openTask(s, config, 'needs_assessment', rt(T0));
    const steps: string[] = [];
    for (const [data, i] of [
      [A.needs(), 1],
      [A.curriculum(), 2],
      [A.training(), 3],
      [A.workshop(), 4],
    ] as const) {
      steps.push(complete(s, data, T0 + i * DAY).type);
      expect(open(s)).toHaveLength(1);
    }
    expect(steps).toEqual(['needs_assessment', 'curriculum', 'training', 'issue_workshop']);
    expect(s.stage).toBe('plan_drafting');
    expect(s.needs).toEqual(A.needs());
  });

  it('keeps each draft once (its task holds the version number) and sends a draft back on requested changes', () => {
    const s = S.startState(input, 'wf', T0);
    S.openTask(s, config, 'plan_drafting', rt(T0));
    const drafting = complete(s, A.plan('First goal'), T0 + DAY);
    expect(drafting.data).toEqual({ planVersion: 1 });
    expect(s.planVersions[0]).toMatchObject({ version: 1, submittedBy: 'm1', review: null, plan: A.plan('First goal') });
    expect(open(s)[0].type).toBe('plan_review');
    complete(s, { decision: 'request_changes', comments: 'Sharpen the goal' }, T0 + 2 * DAY);
    expect(s.planVersions[0].review).toMatchObject({ decision: 'request_changes', comments: 'Sharpen the goal' });
    expect(open(s)[0].type).toBe('plan_drafting');
    complete(s, A.plan('Second goal'), T0 + 3 * DAY);
    expect(s.planVersions.map((v) => v.version)).toEqual([1, 2]);
    expect(S.planColumns(s)).toMatchObject({ planDone: 0, planTotal: 1, details: { latestPlanVersion: 2, finalPlanVersion: null } });
  });

  it('locks the approved plan at the presentation and starts periodic check-ins', () => {
    const s = toImplementation();
    expect(s).toMatchObject({ stage: 'implementation_support', finalPlanVersion: 1 });
    expect(s.planLockedAt).toBe(new Date(T0 + 7 * DAY).toISOString());
    expect(S.nextWakeAt(s)).toBe(T0 + 37 * DAY);
    expect(S.tick(s, config, rt(T0 + 37 * DAY))).toBe(true);
    expect(open(s).map((t) => t.type)).toEqual(['implementation_checkin']);
    // A missed check-in stays open (and goes overdue) rather than piling up.
    S.tick(s, config, rt(T0 + 67 * DAY));
    expect(open(s)).toHaveLength(1);
    expect(open(s)[0].overdue).toBe(true);
    complete(s, A.checkin('achieved'), T0 + 68 * DAY);
    expect(s.checkins).toBe(1);
  });

  it('completes when implementation support ends, with the outcome of the last check-ins', () => {
    const s = toImplementation();
    S.tick(s, config, rt(T0 + 37 * DAY));
    complete(s, A.checkin('achieved'), T0 + 38 * DAY);
    S.tick(s, config, rt(T0 + 67 * DAY));
    expect(S.tick(s, config, rt(T0 + 187 * DAY))).toBe(true);
    expect(s).toMatchObject({ status: 'completed', stage: 'completed' });
    expect(open(s)).toEqual([]);
    expect(s.tasks.filter((t) => t.status === 'cancelled').map((t) => t.cancelledReason)).toEqual(['implementation support ended']);
    expect(s.outcome).toMatchObject({ checkins: 1, finalPlanVersion: 1, achieved: 1 });
    expect(S.nextWakeAt(s)).toBeNull();
  });

  it('stops time while paused: resume moves the check-in and the end by the pause', () => {
    const s = toImplementation();
    const end = Date.parse(s.implementationEndsAt!);
    S.pause(s, 'pm', T0 + 10 * DAY);
    expect(S.nextWakeAt(s)).toBeNull();
    expect(S.tick(s, config, rt(T0 + 400 * DAY))).toBe(false);
    S.resume(s, 'pm', T0 + 15 * DAY);
    expect(Date.parse(s.implementationEndsAt!)).toBe(end + 5 * DAY);
    expect(s.nextCheckinAt).toBe(T0 + 42 * DAY);
  });

  it('reassigns every open task, withdraws, and resumes a hand-over exactly', () => {
    const s = S.startState(input, 'wf', T0);
    S.openTask(s, config, 'needs_assessment', rt(T0));
    S.reassignMentor(s, 'm2', 'pm', rt(T0 + DAY));
    expect(open(s)[0].assigneeId).toBe('m2');
    S.reassignMentor(s, 'm2', 'pm', rt(T0 + DAY));
    expect(s.history.filter((h) => h.step === 'reassigned_mentor')).toHaveLength(1);
    const resumed = S.startState({ ...input, resume: S.resumeState(s) }, 'wf', T0 + 2 * DAY);
    expect(S.snapshot(resumed)).toEqual(S.snapshot(s));
    S.withdraw(s, 'pm', 'Closed down', T0 + 3 * DAY);
    expect(s).toMatchObject({ status: 'withdrawn', nextCheckinAt: null });
    expect(S.upcoming(s)).toEqual([]);
    expect(S.documentStep('plan_review')).toBe('plan_drafting');
  });
});
