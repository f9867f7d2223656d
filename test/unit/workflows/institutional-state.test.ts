import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTITUTIONAL_CONFIG } from '../../../workflows/institutional/config';
import type { InstitutionalProgramInput, ProgramTask } from '../../../workflows/institutional/contract';
import * as S from '../../../workflows/institutional/state';
import { genderReport, improvementPlan, reEvaluation, selfAssessment } from '../../support/institutional-data';

const DAY = 86_400_000;
const T0 = Date.parse('2027-01-04T09:00:00.000Z');
const durations = {
  yearLength: 360 * DAY,
  selfAssessmentDue: 30 * DAY,
  genderReportDue: 20 * DAY,
  improvementPlanDue: 20 * DAY,
  genderPlanReviewDue: 14 * DAY,
  reEvaluationDue: 30 * DAY,
  noContactReminder: 45 * DAY,
  visitCadence: 30 * DAY,
};

function input(extra: Partial<InstitutionalProgramInput> = {}): InstitutionalProgramInput {
  return {
    programId: 'p1',
    organizationId: 'o1',
    organizationName: 'Dernek',
    mentorId: 'm1',
    genderExpertId: 'g1',
    managerId: 'pm',
    startedBy: { id: 'pm', email: 'pm@example.org', name: 'PM' } as InstitutionalProgramInput['startedBy'],
    startDate: '2027-01-04',
    years: 2,
    config: { ...DEFAULT_INSTITUTIONAL_CONFIG, durations },
    ...extra,
  };
}

let ids = 0;
const rt = (now: number) => ({ now, newId: () => `id-${++ids}` });
const open = (s: S.ProgramState, type: string) => s.tasks.find((t) => t.type === type && t.status === 'open') as ProgramTask;

/** A program at the start of implementation (self-assessment, gender report, plan done). */
function inImplementation(inp = input(), at = T0) {
  const s = S.startState(inp, 'wf', at);
  S.openTask(s, inp, 'self_assessment', rt(at));
  S.completeTask(s, inp, open(s, 'self_assessment'), selfAssessment(2), 'm1', rt(at + DAY));
  S.completeTask(s, inp, open(s, 'gender_report'), genderReport(), 'g1', rt(at + 2 * DAY));
  S.completeTask(s, inp, open(s, 'improvement_plan'), improvementPlan(), 'm1', rt(at + 3 * DAY));
  return s;
}

describe('institutional state machine', () => {
  it('walks the year: self-assessment, gender report (to the gender expert), plan items, implementation timers', () => {
    const inp = input();
    const s = S.startState(inp, 'wf', T0);
    expect(s).toMatchObject({ status: 'active', stage: 'self_assessment', year: 1, yearEndsAt: new Date(T0 + 360 * DAY).toISOString() });
    S.openTask(s, inp, 'self_assessment', rt(T0));
    expect(open(s, 'self_assessment')).toMatchObject({ assigneeId: 'm1', dueAt: new Date(T0 + 30 * DAY).toISOString() });
    S.completeTask(s, inp, open(s, 'self_assessment'), selfAssessment(), 'm1', rt(T0 + DAY));
    expect(s.stage).toBe('gender_report');
    expect(open(s, 'gender_report').assigneeId).toBe('g1');
    S.completeTask(s, inp, open(s, 'gender_report'), genderReport(true), 'g1', rt(T0 + 2 * DAY));
    expect(S.genderPlanRequired(s)).toBe(true);
    S.completeTask(s, inp, open(s, 'improvement_plan'), improvementPlan(), 'm1', rt(T0 + 3 * DAY));
    expect(s.stage).toBe('implementation');
    expect(s.planItems.map((i) => [i.position, i.status, i.year])).toEqual([
      [0, 'planned', 1],
      [1, 'planned', 1],
      [2, 'planned', 1],
      [3, 'planned', 1],
    ]);
    // Mid-year review at half the year, the no-contact reminder after its period, the year's end.
    expect(s.midYearReviewAt).toBe(T0 + 180 * DAY);
    expect(s.reminderDueAt).toBe(T0 + 3 * DAY + 45 * DAY);
    expect(S.nextWakeAt(s)).toBe(T0 + 3 * DAY + 45 * DAY);
  });

  it('reminds the mentor and the manager when nobody made contact, then again a period later', () => {
    const inp = input();
    const s = inImplementation(inp);
    const at = s.reminderDueAt!;
    expect(S.tick(s, inp, rt(at - 1))).toBe(false);
    expect(S.tick(s, inp, rt(at))).toBe(true);
    expect(
      s.outbox
        .filter((n) => n.type === 'no_contact_reminder')
        .map((n) => n.userId)
        .sort(),
    ).toEqual(['m1', 'pm']);
    expect(s.reminderDueAt).toBe(at + 45 * DAY);
  });

  it('opens the gender plan review at mid-year and the re-evaluation at the year end, cancelling an unfinished review', () => {
    const inp = input();
    const s = inImplementation(inp);
    expect(S.tick(s, inp, rt(T0 + 180 * DAY))).toBe(true);
    expect(open(s, 'gender_plan_review').assigneeId).toBe('g1');
    S.tick(s, inp, rt(T0 + 360 * DAY));
    expect(s.stage).toBe('re_evaluation');
    expect(s.tasks.find((t) => t.type === 'gender_plan_review')).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'the year closed before the review was done',
    });
    expect(open(s, 're_evaluation').assigneeId).toBe('m1');
  });

  it('closes the year with its results, and carries them (and a pause) into the next year', () => {
    const inp = input();
    const s = inImplementation(inp);
    s.planItems[0].status = 'done';
    s.planItems[1].status = 'dropped';
    S.endImplementation(s, inp, rt(T0 + 100 * DAY), 'pm');
    S.completeTask(s, inp, open(s, 're_evaluation'), reEvaluation(4), 'm1', rt(T0 + 101 * DAY));
    expect(s.yearDone).toBe(true);
    expect(s.yearResults).toEqual([expect.objectContaining({ year: 1, planned: 4, done: 1, dropped: 1, implementationRate: 1 / 3 })]);
    expect(s.yearResults[0].reEvaluation!.elements.governance).toBe(4);
    S.pause(s, 'pm', T0 + 102 * DAY);
    const carried = S.carryToNextYear(s);
    expect(carried).toMatchObject({ year: 2, pausedAt: new Date(T0 + 102 * DAY).toISOString(), stateVersion: s.stateVersion });
    const next = S.startState(input({ carried }), 'wf', T0 + 103 * DAY);
    expect(next).toMatchObject({ year: 2, status: 'paused', stage: 'self_assessment' });
    expect(next.yearResults).toHaveLength(1);
  });

  it('compares the first self-assessment with the last re-evaluation when the program completes', () => {
    const s = inImplementation();
    s.yearResults.push({
      year: 1,
      selfAssessment: S.gradesOf(selfAssessment(2)),
      reEvaluation: S.gradesOf(reEvaluation(5)),
      planned: 0,
      done: 0,
      dropped: 0,
      implementationRate: null,
      closedAt: new Date(T0).toISOString(),
    });
    S.complete(s, T0 + 400 * DAY);
    expect(s).toMatchObject({ status: 'completed', stage: 'completed', yearEndsAt: null });
    expect(s.comparison!.elements.governance).toEqual({ before: selfAssessment(2).elements.governance.grade, after: 5 });
    expect(S.nextWakeAt(s)).toBeNull();
  });

  it('moves every scheduled time by the time paused, and schedules nothing while paused', () => {
    const inp = input();
    const s = inImplementation(inp);
    const before = { mid: s.midYearReviewAt!, reminder: s.reminderDueAt!, end: Date.parse(s.yearEndsAt!) };
    S.pause(s, 'pm', T0 + 10 * DAY);
    expect(S.nextWakeAt(s)).toBeNull();
    expect(S.tick(s, inp, rt(T0 + 500 * DAY))).toBe(false);
    S.resume(s, 'pm', T0 + 17 * DAY);
    expect(s.midYearReviewAt).toBe(before.mid + 7 * DAY);
    expect(s.reminderDueAt).toBe(before.reminder + 7 * DAY);
    expect(Date.parse(s.yearEndsAt!)).toBe(before.end + 7 * DAY);
  });

  it('reassigns open tasks by role and withdraws with the reason', () => {
    const inp = input();
    const s = S.startState(inp, 'wf', T0);
    S.openTask(s, inp, 'self_assessment', rt(T0));
    S.reassign(s, { mentorId: 'm2', genderExpertId: 'g1' }, 'pm', rt(T0 + DAY));
    expect(s.mentorId).toBe('m2');
    expect(open(s, 'self_assessment').assigneeId).toBe('m2');
    expect(s.history.map((h) => h.step)).toEqual(['reassigned_mentor']);
    S.withdraw(s, 'pm', 'Closed down', T0 + 2 * DAY);
    expect(s).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Closed down', yearEndsAt: null });
    expect(S.upcoming(s, durations.visitCadence)).toEqual([]);
  });

  it('lists what comes next soonest first, with the next check-in after the last contact', () => {
    const s = inImplementation();
    s.lastContactAt = new Date(T0 + 10 * DAY).toISOString();
    const up = S.upcoming(s, durations.visitCadence);
    expect(up.map((u) => u.kind)).toEqual(['checkin', 'no_contact_reminder', 'mid_year_review', 'year_end']);
    expect(up[0].at).toBe(new Date(T0 + 40 * DAY).toISOString());
  });

  it('resumes a mid-year hand-over exactly, and projects the columns the read model holds', () => {
    const inp = input();
    const s = inImplementation(inp);
    const resumed = S.startState(input({ resume: S.resumeState(s) }), 'wf', T0 + 50 * DAY);
    expect(S.snapshot(resumed)).toEqual(S.snapshot(s));
    expect(resumed.reminderDueAt).toBe(s.reminderDueAt);
    const view = S.projectedView(s);
    expect(view.columns()).toMatchObject({ status: 'active', stage: 'implementation', openTaskCount: 0, planDone: 0, planTotal: 4 });
    expect(view.planItems!().length).toBe(4);
  });
});
