/** The template interpreter's rules, one by one, on the test template (days, driven by a fake clock). */
import { describe, expect, it } from 'vitest';
import type { RoleActor } from '../../workflows/programs/contract';
import { checkTemplate } from '../../workflows/templates/check';
import type { TemplateProgramInput } from '../../workflows/templates/contract';
import type { CompiledTemplate, TemplateDefinition } from '../../workflows/templates/language';
import * as S from '../../workflows/templates/state';
import { gmiTemplate, text } from './template-fixtures';

const DAY = 86_400_000;
const T0 = Date.parse('2027-01-04T09:00:00Z');
const mentor: RoleActor = { id: 'mentor-1', email: 'm@x', role: 'mentor' };
const expert: RoleActor = { id: 'ge-1', email: 'g@x', role: 'gender_expert' };
const pm: RoleActor = { id: 'pm-1', email: 'p@x', role: 'program_manager' };

function compile(def: TemplateDefinition): CompiledTemplate {
  const r = checkTemplate('gmi', 1, def);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.compiled;
}

function program(def: TemplateDefinition = gmiTemplate()) {
  const template = compile(def);
  const input: TemplateProgramInput = {
    programId: 'p-1',
    organizationId: 'o-1',
    mentorId: mentor.id,
    genderExpertId: expert.id,
    managerId: pm.id,
    startDate: '2027-01-04',
    typeKey: 'gmi',
    templateVersionId: 'v-1',
    template,
  };
  let now = T0;
  let n = 0;
  const rt = () => ({ now, newId: () => `id-${++n}` });
  const s = S.initialState(input, 'wf-1', now);
  const d = template.definition;
  return {
    s,
    d,
    input,
    rt,
    at: (days: number) => (now = T0 + days * DAY),
    tick: () => S.tick(s, d, rt()),
    open: (type: string) => s.tasks.find((t) => t.type === type && t.status === 'open'),
    complete(type: string, data: unknown, by = mentor.id) {
      const t = s.tasks.find((x) => x.type === type && x.status === 'open');
      if (!t) throw new Error(`no open ${type}`);
      S.completeTask(s, d, t, data, by, rt());
    },
    meet: (id: string, attendees: number, by = mentor) =>
      S.addRecord(s, d, { recordId: id, kind: 'meeting', data: { date: '2027-02-01', attendees }, by: by.id }, rt()),
    begin: () => S.beginCycle(s, d, rt()),
  };
}

const reviewDone = (p: ReturnType<typeof program>) => {
  p.complete('practice_review', { score: 6, summary: 'Policies exist' });
  p.complete('gender_review', { rating: 'high' }, expert.id);
};

describe('template interpreter', () => {
  it('starts the first stage: opens its tasks for their roles with due dates and notifies', () => {
    const p = program();
    p.begin();
    expect(p.s.stage).toBe('review');
    expect(p.s.tasks.map((t) => [t.type, t.assigneeId, t.dueAt])).toEqual([
      ['practice_review', mentor.id, new Date(T0 + 14 * DAY).toISOString()],
      ['gender_review', expert.id, new Date(T0 + 14 * DAY).toISOString()],
    ]);
    expect(p.s.outbox.map((o) => [o.type, o.userId, o.params?.taskName?.en])).toEqual([
      ['task_assigned', mentor.id, 'Practice review'],
      ['task_assigned', expert.id, 'Gender review'],
    ]);
    expect(S.nextWakeAt(p.s)).toBe(T0 + 14 * DAY);
    p.begin(); // a second call does nothing
    expect(p.s.tasks).toHaveLength(2);
  });

  it('all tasks done ends the stage and the next opens, arming its timers; figures follow', () => {
    const p = program();
    p.begin();
    p.complete('practice_review', { score: 6, summary: 'Policies exist' });
    expect(p.s.stage).toBe('review');
    expect(p.s.figures).toEqual({ meetings: 0, avg_attendance: null, score: 0.6 });
    p.at(2);
    p.complete('gender_review', { rating: 'high' }, expert.id);
    expect(p.s.stage).toBe('meetings');
    expect(p.s.stageStartedAt).toBe(new Date(T0 + 2 * DAY).toISOString());
    expect(p.s.timers).toEqual({ no_meeting: T0 + 32 * DAY, open_joint: T0 + 62 * DAY, stage_end: T0 + 92 * DAY });
    expect(p.s.history.map((h) => h.step)).toEqual([
      'started',
      'stage_started:review',
      'practice_review',
      'gender_review',
      'stage_ended:review',
      'stage_started:meetings',
    ]);
  });

  it('checks who may act on a task', () => {
    const p = program();
    p.begin();
    const t = p.open('practice_review')!;
    expect(S.taskRefusal(p.s, p.d, t.id, expert)?.type).toBe('forbidden');
    expect(S.taskRefusal(p.s, p.d, t.id, mentor)).toBeNull();
    expect(S.taskRefusal(p.s, p.d, 'nope', mentor)?.type).toBe('notFound');
    S.pause(p.s, pm.id, T0);
    expect(S.taskRefusal(p.s, p.d, t.id, mentor)).toMatchObject({ type: 'conflict', message: /paused/ });
  });

  it('records: only kinds the stage allows, by allowed roles; a repeated recordId adds nothing; timers from the last record restart', () => {
    const p = program();
    p.begin();
    expect(S.recordRefusal(p.s, p.d, 'meeting', mentor)).toMatchObject({ type: 'conflict' });
    expect(S.recordRefusal(p.s, p.d, 'visit', mentor)).toMatchObject({ type: 'notFound' });
    reviewDone(p);
    expect(S.recordRefusal(p.s, p.d, 'meeting', mentor)).toBeNull();
    expect(S.recordRefusal(p.s, p.d, 'meeting', expert)).toBeNull();
    expect(S.recordRefusal(p.s, p.d, 'meeting', pm)).toMatchObject({ type: 'forbidden' });
    expect(S.recordRefusal(p.s, p.d, 'meeting', { ...mentor, id: 'other-mentor' })).toMatchObject({ type: 'forbidden' });
    p.at(10);
    const row = p.meet('r1', 8);
    expect(row).toMatchObject({ id: 'r1', kind: 'meeting', year: 1, stageId: 'meetings', createdBy: mentor.id, data: { attendees: 8 } });
    expect(p.meet('r1', 8)).toBeNull();
    expect(p.s.records).toHaveLength(1);
    expect(p.s.timers.no_meeting).toBe(T0 + 40 * DAY);
    expect(p.s.lastContactAt).toBe(new Date(T0 + 10 * DAY).toISOString());
    p.meet('r2', 4, expert);
    expect(p.s.figures).toEqual({ meetings: 2, avg_attendance: 6, score: 0.6 });
  });

  it('timers: a repeating reminder, a task opened by a timer (one at a time), the stage ended by a timer', () => {
    const p = program();
    p.begin();
    reviewDone(p);
    p.at(30);
    expect(p.tick()).toBe(true); // the review tasks were done: only the reminder is due
    expect(p.s.outbox.filter((o) => o.type === 'template_reminder')).toHaveLength(1);
    const reminder = p.s.outbox.find((o) => o.type === 'template_reminder')!;
    expect(reminder).toMatchObject({ userId: mentor.id, params: { message: text('No meeting for a while') } });
    expect(p.s.timers.no_meeting).toBe(T0 + 60 * DAY);
    p.at(60);
    p.tick();
    expect(p.open('joint_action')).toMatchObject({ assigneeId: mentor.id });
    expect(p.s.outbox.filter((o) => o.type === 'template_reminder')).toHaveLength(2);
    expect(p.s.timers.open_joint).toBeNull();
    p.at(90);
    p.tick();
    expect(p.s.cycleDone).toBe(true);
    expect(p.s.tasks.find((t) => t.type === 'joint_action')).toMatchObject({ status: 'cancelled', cancelledReason: 'stage ended' });
    expect(p.s.history.map((h) => h.step).slice(-3)).toEqual(['timer:stage_end', 'stage_ended:meetings', 'cycle_completed']);
    expect(S.nextWakeAt(p.s)).toBeNull();
  });

  it('overdue marks tell the manager; a pause shifts due dates and timers', () => {
    const p = program();
    p.begin();
    p.at(14);
    p.tick();
    expect(p.s.tasks.every((t) => t.overdue)).toBe(true);
    expect(p.s.outbox.filter((o) => o.type === 'task_overdue').map((o) => o.userId)).toEqual([pm.id, pm.id]);
    reviewDone(p);
    S.pause(p.s, pm.id, T0 + 14 * DAY);
    expect(S.nextWakeAt(p.s)).toBeNull();
    expect(p.tick()).toBe(false);
    S.resume(p.s, pm.id, T0 + 24 * DAY);
    expect(p.s.timers).toEqual({ no_meeting: T0 + 54 * DAY, open_joint: T0 + 84 * DAY, stage_end: T0 + 114 * DAY });
  });

  it('a condition ends the stage (six meetings), and the manager may close a stage that allows it', () => {
    const p = program();
    p.begin();
    expect(S.closeStageRefusal(p.s, p.d, 'review')).toMatch(/not closed by the program manager/);
    expect(S.closeStage(p.s, p.d, 'review', pm.id, p.rt())).toBe(false);
    reviewDone(p);
    expect(S.closeStageRefusal(p.s, p.d, 'review')).toMatch(/not the current stage/);
    for (let i = 1; i <= 5; i++) p.meet(`m${i}`, 3);
    expect(p.s.cycleDone).toBe(false);
    p.meet('m6', 3);
    expect(p.s.cycleDone).toBe(true);

    const q = program();
    q.begin();
    reviewDone(q);
    expect(S.closeStageRefusal(q.s, q.d, 'meetings')).toBeNull();
    expect(S.closeStage(q.s, q.d, 'meetings', pm.id, q.rt())).toBe(true);
    expect(q.s.cycleDone).toBe(true);
    expect(q.s.history.find((h) => h.step === 'stage_ended:meetings')?.by).toBe(pm.id);
  });

  it('next rules choose the stage by FEEL, in order, falling through to the next stage', () => {
    const def = gmiTemplate();
    def.stages[0].next = [{ when: 'tasks.practice_review.score < 5', to: 'remedial' }, { to: 'meetings' }];
    def.stages.push({
      id: 'remedial',
      name: text('Remedial'),
      records: [],
      timers: [],
      end: [{ kind: 'manager_close' }],
      tasks: [{ ...def.stages[0].tasks[1], id: 'remedial_plan', role: 'program_manager' }],
      next: [{ to: 'review' }],
    });
    const low = program(def);
    low.begin();
    low.complete('practice_review', { score: 3, summary: 'Nothing yet' });
    low.complete('gender_review', { rating: 'low' }, expert.id);
    expect(low.s.stage).toBe('remedial');
    expect(low.open('remedial_plan')?.assigneeId).toBe(pm.id);
    expect(S.taskRefusal(low.s, low.d, low.open('remedial_plan')!.id, { ...pm, id: 'pm-2' })).toBeNull();
    S.closeStage(low.s, low.d, 'remedial', pm.id, low.rt());
    expect(low.s.stage).toBe('review'); // back to the review, tasks open again
    expect(low.s.tasks.filter((t) => t.status === 'open').map((t) => t.type)).toEqual(['practice_review', 'gender_review']);
    expect(low.s.tasks.find((t) => t.type === 'remedial_plan')?.status).toBe('cancelled');
    const high = program(def);
    high.begin();
    reviewDone(high);
    expect(high.s.stage).toBe('meetings');
  });

  it('cycles: the next cycle keeps the program and the last cycle as `previous`; completion after the count', () => {
    const def = gmiTemplate();
    def.figures.push({ id: 'change', name: text('Change'), expression: 'figures.score - previous.figures.score', format: 'percent' });
    const p = program(def);
    p.begin();
    reviewDone(p);
    S.closeStage(p.s, p.d, 'meetings', pm.id, p.rt());
    expect(p.s.cycleDone).toBe(true);
    expect(p.s.figures.change).toBeNull();
    const carried = S.carryToNextCycle(p.s, p.d);
    expect(carried).toMatchObject({
      year: 2,
      stage: 'review',
      tasks: [],
      records: [],
      cycleToStart: true,
      cycleDone: false,
      previous: { figures: { score: 0.6 }, tasks: { practice_review: { score: 6 } } },
    });
    const next = S.startState({ ...p.input, resume: carried }, 'wf-1', T0);
    next.status = 'active';
    S.beginCycle(next, p.d, p.rt());
    expect(next.tasks.map((t) => [t.type, t.year])).toEqual([
      ['practice_review', 2],
      ['gender_review', 2],
    ]);
    S.completeTask(next, p.d, next.tasks[0], { score: 9, summary: 'Much better' }, mentor.id, p.rt());
    expect(next.figures.change).toBeCloseTo(0.3);
    S.complete(next, T0);
    expect(next).toMatchObject({ status: 'completed', stage: 'completed' });
  });

  it('withdraw cancels open tasks and timers; reassign moves open tasks by role', () => {
    const p = program();
    p.begin();
    expect(S.reassign(p.s, p.d, { mentorId: 'mentor-2', genderExpertId: 'ge-2' }, pm.id, p.rt())).toBe(true);
    expect(p.s.tasks.map((t) => t.assigneeId)).toEqual(['mentor-2', 'ge-2']);
    expect(p.s.outbox.filter((o) => o.type === 'reassigned').map((o) => o.userId)).toEqual(['mentor-2', 'ge-2']);
    expect(S.reassign(p.s, p.d, { mentorId: 'mentor-2' }, pm.id, p.rt())).toBe(false);
    S.withdraw(p.s, pm.id, 'Closed', T0 + DAY);
    expect(p.s).toMatchObject({ status: 'withdrawn', stage: 'withdrawn', withdrawnReason: 'Closed', timers: {} });
    expect(p.s.tasks.every((t) => t.status === 'cancelled')).toBe(true);
    expect(S.nextWakeAt(p.s)).toBeNull();
  });

  it('resumeState carries the exact state; the live state and projected view show stage, counts, figures, upcoming', () => {
    const p = program();
    p.begin();
    reviewDone(p);
    p.meet('r1', 5);
    p.s.outbox.splice(0);
    const back = S.startState({ ...p.input, resume: S.resumeState(p.s) }, 'wf-1', T0 + 99 * DAY);
    expect(back).toEqual(p.s);
    const live = S.liveState(p.s, p.d);
    expect(live).toMatchObject({
      status: 'active',
      stage: 'meetings',
      stageName: text('Regular meetings'),
      cycle: 1,
      records: { meeting: 1 },
      figures: { meetings: 1, avg_attendance: 5 },
    });
    expect(live.upcoming.map((u) => [u.kind, u.timerId, u.action])).toEqual([
      ['template_timer', 'no_meeting', 'remind'],
      ['template_timer', 'open_joint', 'open_task'],
      ['template_timer', 'stage_end', 'end_stage'],
    ]);
    expect(S.projectedView(p.s).columns()).toMatchObject({
      status: 'active',
      stage: 'meetings',
      year: 1,
      openTaskCount: 0,
      overdueTaskCount: 0,
      lastContactAt: p.s.lastContactAt,
      details: { figures: p.s.figures, stageStartedAt: p.s.stageStartedAt },
    });
  });

  it('adds calendar months and clamps the day', () => {
    expect(new Date(S.addDuration(Date.parse('2027-01-31T10:00:00Z'), { amount: 1, unit: 'months' })).toISOString()).toBe(
      '2027-02-28T10:00:00.000Z',
    );
    expect(S.addDuration(0, { amount: 2, unit: 'hours' })).toBe(7_200_000);
  });
});
