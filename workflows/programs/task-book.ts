/**
 * The machinery both programs share: tasks with due dates, overdue marking, pause shifting,
 * cancellation on withdrawal, reassignment, history and the notification outbox. Pure functions
 * over a TaskBook; deterministic inside workflows.
 */
import type { NotificationInput, ProgramStatus, TaskStatus } from './contract';

export interface Runtime {
  now: number;
  newId: () => string;
}

export interface BookTask {
  id: string;
  type: string;
  year: number;
  assigneeId: string;
  status: TaskStatus;
  openedAt: string;
  dueAt: string;
  overdue: boolean;
  completedAt: string | null;
  completedBy: string | null;
  cancelledReason: string | null;
  data: unknown;
}

export interface TaskBook<T extends BookTask = BookTask> {
  programId: string;
  managerId: string;
  status: ProgramStatus;
  year: number;
  tasks: T[];
  history: { at: string; year: number; step: string; by: string | null }[];
  outbox: NotificationInput[];
}

/** Whose program a state is: the ids every program's state starts with. */
export function programIds(
  input: { programId: string; organizationId: string; mentorId: string; managerId: string },
  workflowId: string,
): { programId: string; workflowId: string; organizationId: string; mentorId: string; managerId: string } {
  return {
    programId: input.programId,
    workflowId,
    organizationId: input.organizationId,
    mentorId: input.mentorId,
    managerId: input.managerId,
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const ms = (s: string) => Date.parse(s);
const label = (type: string) => type.replace(/_/g, ' ');

export function openTasks<T extends BookTask>(b: TaskBook<T>): T[] {
  return b.tasks.filter((t) => t.status === 'open');
}

export function addTask<T extends BookTask>(b: TaskBook<T>, type: T['type'], assigneeId: string, dueInMs: number, rt: Runtime): T {
  const task = {
    id: rt.newId(),
    type,
    year: b.year,
    assigneeId,
    status: 'open',
    openedAt: iso(rt.now),
    dueAt: iso(rt.now + dueInMs),
    overdue: false,
    completedAt: null,
    completedBy: null,
    cancelledReason: null,
    data: null,
  } as T;
  b.tasks.push(task);
  b.outbox.push({
    id: rt.newId(),
    userId: assigneeId,
    type: 'task_assigned',
    message: `New task: ${label(type)} (year ${b.year}), due ${task.dueAt.slice(0, 10)}`,
    params: { taskType: type, year: b.year, dueDate: task.dueAt.slice(0, 10) },
    programId: b.programId,
    taskId: task.id,
  });
  return task;
}

export function finishTask<T extends BookTask>(b: TaskBook<T>, task: T, data: T['data'], by: string, rt: Runtime): void {
  task.status = 'completed';
  task.completedAt = iso(rt.now);
  task.completedBy = by;
  task.data = data;
  pushHistory(b, task.type, by, rt.now);
}

export function pushHistory(b: TaskBook, step: string, by: string | null, now: number): void {
  b.history.push({ at: iso(now), year: b.year, step, by });
  // Bounded: a program lives years; keep the latest entries in workflow state.
  if (b.history.length > 200) b.history.splice(0, b.history.length - 200);
}

/** Marks open tasks past their due date and tells the program manager; true when any changed. */
export function markOverdue(b: TaskBook, rt: Runtime): boolean {
  let changed = false;
  for (const t of openTasks(b)) {
    if (t.overdue || rt.now < ms(t.dueAt)) continue;
    t.overdue = true;
    changed = true;
    b.outbox.push({
      id: rt.newId(),
      userId: b.managerId,
      type: 'task_overdue',
      message: `Overdue: ${label(t.type)} (year ${t.year}) was due ${t.dueAt.slice(0, 10)}`,
      params: { taskType: t.type, year: t.year, dueDate: t.dueAt.slice(0, 10) },
      programId: b.programId,
      taskId: t.id,
    });
  }
  return changed;
}

/** Due dates of open tasks not yet overdue: when the next overdue check is needed. */
export function dueTimes(b: TaskBook): number[] {
  return openTasks(b)
    .filter((t) => !t.overdue)
    .map((t) => ms(t.dueAt));
}

/**
 * The next moment a program's tick() has work: the earliest due date of an open task or of the
 * program's own timers (null ones are not set); none while the program is not active.
 */
export function nextWake(b: TaskBook, timers: readonly (number | null)[]): number | null {
  if (b.status !== 'active') return null;
  const times = dueTimes(b);
  for (const at of timers) if (at !== null) times.push(at);
  return times.length ? Math.min(...times) : null;
}

/** Due dates stop while paused: open tasks move by the time spent paused. */
export function shiftOpenTasks(b: TaskBook, shift: number): void {
  for (const t of openTasks(b)) t.dueAt = iso(ms(t.dueAt) + shift);
}

export function cancelOpenTasks(b: TaskBook, reason: string, filter: (t: BookTask) => boolean = () => true): void {
  for (const t of openTasks(b)) {
    if (!filter(t)) continue;
    t.status = 'cancelled';
    t.cancelledReason = reason;
  }
}

/** Open tasks of the given types follow their new assignee, who is notified. */
export function moveOpenTasks(b: TaskBook, isTheirs: (t: BookTask) => boolean, to: string, rt: Runtime): void {
  for (const t of openTasks(b)) {
    if (!isTheirs(t)) continue;
    t.assigneeId = to;
    b.outbox.push({
      id: rt.newId(),
      userId: to,
      type: 'reassigned',
      message: `Task reassigned to you: ${label(t.type)} (year ${t.year})`,
      params: { taskType: t.type, year: t.year, dueDate: t.dueAt.slice(0, 10) },
      programId: b.programId,
      taskId: t.id,
    });
  }
}

/** A book whose program can be paused and withdrawn. */
export interface ControlledBook extends TaskBook {
  stage: string;
  pausedAt: string | null;
  withdrawnReason: string | null;
}

export function pauseBook(b: ControlledBook, by: string, now: number): void {
  b.status = 'paused';
  b.pausedAt = iso(now);
  pushHistory(b, 'paused', by, now);
}

/** Resumes and moves open tasks by the time paused; returns that shift for the caller's own timers. */
export function resumeBook(b: ControlledBook, by: string, now: number): number {
  if (!b.pausedAt) return 0;
  const shift = now - ms(b.pausedAt);
  shiftOpenTasks(b, shift);
  b.status = 'active';
  b.pausedAt = null;
  pushHistory(b, 'resumed', by, now);
  return shift;
}

export function withdrawBook(b: ControlledBook, by: string, reason: string, now: number): void {
  cancelOpenTasks(b, 'program withdrawn');
  b.status = 'withdrawn';
  b.stage = 'withdrawn';
  b.withdrawnReason = reason;
  b.pausedAt = null;
  pushHistory(b, 'withdrawn', by, now);
}

/**
 * What a completion answers: the task's identity and new status. Small on purpose: the answer is
 * stored in history, and the data is there already as the update's input.
 */
export function completedTaskAnswer(t: BookTask): Pick<BookTask, 'id' | 'type' | 'year' | 'status' | 'completedAt' | 'completedBy'> {
  return { id: t.id, type: t.type, year: t.year, status: t.status, completedAt: t.completedAt, completedBy: t.completedBy };
}
