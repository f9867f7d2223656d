import { describe, expect, it } from 'vitest';
import {
  addTask,
  cancelOpenTasks,
  completedTaskAnswer,
  dueTimes,
  finishTask,
  markOverdue,
  moveOpenTasks,
  openTasks,
  pauseBook,
  pushHistory,
  resumeBook,
  withdrawBook,
  type ControlledBook,
  type Runtime,
} from '../../../workflows/programs/task-book';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-05T09:00:00.000Z');

function book(): ControlledBook {
  return {
    programId: 'p1',
    managerId: 'pm',
    status: 'active',
    year: 1,
    tasks: [],
    history: [],
    outbox: [],
    stage: 's',
    pausedAt: null,
    withdrawnReason: null,
  };
}

function runtime(now = T0): Runtime & { ids: number } {
  const rt = { now, ids: 0, newId: () => `id-${++rt.ids}` };
  return rt;
}

describe('task book', () => {
  it('opens a task due after its period and tells the assignee, with params for their language', () => {
    const b = book();
    const t = addTask(b, 'self_assessment', 'm1', 30 * DAY, runtime());
    expect(t).toMatchObject({
      type: 'self_assessment',
      year: 1,
      assigneeId: 'm1',
      status: 'open',
      openedAt: '2026-01-05T09:00:00.000Z',
      dueAt: '2026-02-04T09:00:00.000Z',
      overdue: false,
      data: null,
    });
    expect(b.outbox).toEqual([
      expect.objectContaining({
        userId: 'm1',
        type: 'task_assigned',
        taskId: t.id,
        programId: 'p1',
        params: { taskType: 'self_assessment', year: 1, dueDate: '2026-02-04' },
      }),
    ]);
    expect(openTasks(b)).toEqual([t]);
    expect(dueTimes(b)).toEqual([Date.parse(t.dueAt)]);
  });

  it('finishes a task with its data and a history entry; the answer leaves the data out', () => {
    const b = book();
    const rt = runtime();
    const t = addTask(b, 'visit', 'm1', DAY, rt);
    finishTask(b, t, { notes: 'x' }, 'm1', { ...rt, now: T0 + 1000 });
    expect(t).toMatchObject({ status: 'completed', completedBy: 'm1', completedAt: '2026-01-05T09:00:01.000Z', data: { notes: 'x' } });
    expect(openTasks(b)).toEqual([]);
    expect(b.history).toEqual([{ at: '2026-01-05T09:00:01.000Z', year: 1, step: 'visit', by: 'm1' }]);
    expect(completedTaskAnswer(t)).toEqual({
      id: t.id,
      type: 'visit',
      year: 1,
      status: 'completed',
      completedAt: t.completedAt,
      completedBy: 'm1',
    });
  });

  it('marks a task overdue once, at its due time, and tells the program manager', () => {
    const b = book();
    const t = addTask(b, 'gender_report', 'g1', DAY, runtime());
    b.outbox.length = 0;
    expect(markOverdue(b, runtime(T0 + DAY - 1))).toBe(false);
    expect(markOverdue(b, runtime(T0 + DAY))).toBe(true);
    expect(t.overdue).toBe(true);
    expect(b.outbox).toEqual([
      expect.objectContaining({
        userId: 'pm',
        type: 'task_overdue',
        taskId: t.id,
        params: { taskType: 'gender_report', year: 1, dueDate: '2026-01-06' },
      }),
    ]);
    // Not again, and no longer a wake-up.
    expect(markOverdue(b, runtime(T0 + 2 * DAY))).toBe(false);
    expect(b.outbox).toHaveLength(1);
    expect(dueTimes(b)).toEqual([]);
  });

  it('stops the due dates while paused: resume moves open tasks by the time paused, not finished ones', () => {
    const b = book();
    const rt = runtime();
    const open = addTask(b, 'a', 'm1', 10 * DAY, rt);
    const done = addTask(b, 'b', 'm1', 10 * DAY, rt);
    finishTask(b, done, {}, 'm1', rt);
    pauseBook(b, 'pm', T0 + DAY);
    expect(b).toMatchObject({ status: 'paused', pausedAt: '2026-01-06T09:00:00.000Z' });
    const shift = resumeBook(b, 'pm', T0 + 4 * DAY);
    expect(shift).toBe(3 * DAY);
    expect(b).toMatchObject({ status: 'active', pausedAt: null });
    expect(open.dueAt).toBe(new Date(T0 + 13 * DAY).toISOString());
    expect(done.dueAt).toBe(new Date(T0 + 10 * DAY).toISOString());
    expect(b.history.map((h) => h.step)).toEqual(['b', 'paused', 'resumed']);
    // Resuming a program that is not paused changes nothing.
    expect(resumeBook(b, 'pm', T0 + 5 * DAY)).toBe(0);
    expect(b.history).toHaveLength(3);
  });

  it('withdraws: cancels open tasks with the reason, keeps finished ones, clears a pause', () => {
    const b = book();
    const rt = runtime();
    const open = addTask(b, 'a', 'm1', DAY, rt);
    const done = addTask(b, 'b', 'm1', DAY, rt);
    finishTask(b, done, {}, 'm1', rt);
    pauseBook(b, 'pm', T0);
    withdrawBook(b, 'pm', 'The CSO closed down', T0 + DAY);
    expect(b).toMatchObject({ status: 'withdrawn', stage: 'withdrawn', withdrawnReason: 'The CSO closed down', pausedAt: null });
    expect(open).toMatchObject({ status: 'cancelled', cancelledReason: 'program withdrawn' });
    expect(done.status).toBe('completed');
  });

  it('cancels only the open tasks a filter picks', () => {
    const b = book();
    const rt = runtime();
    const a = addTask(b, 'a', 'm1', DAY, rt);
    const c = addTask(b, 'c', 'm1', DAY, rt);
    cancelOpenTasks(b, 'year closed', (t) => t.type === 'a');
    expect(a).toMatchObject({ status: 'cancelled', cancelledReason: 'year closed' });
    expect(c.status).toBe('open');
  });

  it('moves open tasks to a new assignee and tells them', () => {
    const b = book();
    const rt = runtime();
    const mine = addTask(b, 'visit', 'm1', DAY, rt);
    const theirs = addTask(b, 'gender_report', 'g1', DAY, rt);
    b.outbox.length = 0;
    moveOpenTasks(b, (t) => t.assigneeId === 'm1', 'm2', rt);
    expect(mine.assigneeId).toBe('m2');
    expect(theirs.assigneeId).toBe('g1');
    expect(b.outbox).toEqual([expect.objectContaining({ userId: 'm2', type: 'reassigned', taskId: mine.id })]);
  });

  it('keeps the history bounded to the latest 200 entries', () => {
    const b = book();
    for (let i = 0; i < 250; i++) pushHistory(b, `step${i}`, null, T0 + i);
    expect(b.history).toHaveLength(200);
    expect(b.history[0].step).toBe('step50');
    expect(b.history.at(-1)!.step).toBe('step249');
  });
});
