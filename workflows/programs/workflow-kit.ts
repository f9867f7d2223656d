/**
 * What both program workflows do the same way: activity options, validator failures, committing
 * a change (search attributes, projection to the read model, notifications) and the main loop
 * that reacts to messages and timers. Deterministic; workflow code only.
 */
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { allHandlersFinished, ApplicationFailure, condition, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { FieldErrors } from '../shared/field-errors';
import { SA } from '../shared/search-attributes';
import { FAILURE, pauseSignal, resumeSignal, stateQuery, withdrawSignal, type NotificationInput, type ProgramStatus } from './contract';

export const ACTIVITY_OPTIONS = {
  startToCloseTimeout: '30 seconds',
  // The read model must eventually be written: keep retrying through a database outage.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
} as const;

/** A validator's rejection; the API maps its type to 400/403/404/409. */
export const fail = (type: string, message: string, errors?: FieldErrors) =>
  ApplicationFailure.create({ type, message, nonRetryable: true, details: errors ? [{ errors }] : undefined });

/** A validator's field errors, if any, refuse the message (400 naming each field). */
export function rejectInvalid(errors: FieldErrors): void {
  if (Object.keys(errors).length) throw fail(FAILURE.validation, 'Validation failed', errors);
}

/** The task a message names (404 when it is not part of `where`). */
export function findTask<T extends { id: string }>(tasks: T[], taskId: string, where: string): T {
  const task = tasks.find((t) => t.id === taskId);
  if (!task) throw fail(FAILURE.notFound, `Task ${taskId} is not part of ${where}`);
  return task;
}

/** A task is completed once (409 after). */
export function assertOpen<T extends { status: string }>(task: T): T {
  if (task.status !== 'open') throw fail(FAILURE.conflict, `This task is already ${task.status}`);
  return task;
}

/** Work (tasks, visits, plan changes) is accepted only while the program is active. */
export function assertActive(status: ProgramStatus): void {
  if (status === 'paused') throw fail(FAILURE.conflict, 'The program is paused; resume it first');
  if (status !== 'active') throw fail(FAILURE.conflict, `The program is ${status}`);
}

export interface CommitterOptions<Snap> {
  /** The workflow state: its version grows with each commit; its outbox is sent and emptied. */
  state: { stateVersion: number; outbox: NotificationInput[] };
  snapshot: () => Snap;
  searchAttributes: () => SearchAttributeUpdatePair[];
  project: (snapshot: Snap) => Promise<void>;
  notify: (notifications: NotificationInput[]) => Promise<void>;
}

/**
 * Commits changes: bumps the state version, updates search attributes, and writes the snapshot
 * and the new notifications through activities. Projections run one after another, newest last,
 * so the read model never goes back; commit() resolves once this change is written.
 */
export class Committer<Snap> {
  private projecting: Promise<void> = Promise.resolve();
  /** Set by message handlers; the main loop commits and clears it. */
  dirty = false;

  constructor(private readonly o: CommitterOptions<Snap>) {}

  async commit(): Promise<void> {
    this.o.state.stateVersion += 1;
    const notifications = this.o.state.outbox.splice(0);
    upsertSearchAttributes(this.o.searchAttributes());
    const snap = this.o.snapshot();
    const run = this.projecting.then(async () => {
      await this.o.project(snap);
      if (notifications.length) await this.o.notify(notifications);
    });
    this.projecting = run.catch(() => undefined);
    await run;
  }

  /** Resolves when every projection started so far has been written. */
  settled(): Promise<void> {
    return this.projecting;
  }

  /** Before a run ends: lets in-flight updates finish, then waits for their projections to land. */
  async finish(): Promise<void> {
    await condition(allHandlersFinished);
    await this.settled();
  }

  /**
   * The main loop: wait for a message or the next timer, apply what time brings (tick), commit
   * when anything changed; until done() holds.
   */
  async runUntil(done: () => boolean, nextWakeAt: () => number | null, tick: () => boolean): Promise<void> {
    while (!done()) {
      const wake = nextWakeAt();
      if (wake === null) await condition(() => this.dirty);
      else await condition(() => this.dirty, Math.max(wake - Date.now(), 1));
      const bySignal = this.dirty;
      this.dirty = false;
      const byTime = tick();
      if (bySignal || byTime) await this.commit();
    }
  }
}

/** What version 1 of a program upserts on every commit (the year only where the program has years). */
interface V1ProgramState {
  stateVersion: number;
  outbox: NotificationInput[];
  stage: string;
  status: string;
  mentorId: string;
  year: number;
}

/**
 * Version 1's committer, the same for both programs: each commit upserts stage, status (year) and
 * mentor and projects the whole snapshot, which the state query also answers with. The attribute
 * order is the one version 1 was released with, so recorded histories replay unchanged.
 */
export function snapshotCommitterV1<St extends V1ProgramState, Snap>(
  s: St,
  snapshot: (s: St) => Snap,
  activities: { project: (snapshot: Snap) => Promise<void>; notify: (notifications: NotificationInput[]) => Promise<void> },
  withYear: boolean,
): Committer<Snap> {
  setHandler(stateQuery, () => snapshot(s));
  return new Committer({
    state: s,
    snapshot: () => snapshot(s),
    searchAttributes: () => [
      { key: SA.Stage, value: s.stage },
      { key: SA.ProgramStatus, value: s.status },
      ...(withYear ? [{ key: SA.ProgramYear, value: s.year }] : []),
      { key: SA.MentorId, value: s.mentorId },
    ],
    ...activities,
  });
}

/**
 * Registers the pause, resume and withdraw signals the same way for every program: each is
 * ignored when the program is not in a state for it (the API has already answered 409 then).
 * `changed` commits the change: version 1 marks the state dirty for its main loop, version 2
 * projects it at once (so a control that arrives during a year's end is never lost).
 */
export function handleControls<S extends { status: ProgramStatus }>(
  s: S,
  changed: (auditId: string | null | undefined) => void | Promise<void>,
  machine: ProgramControls<S>,
): void {
  setHandler(pauseSignal, ({ actor, auditId }) => {
    if (s.status !== 'active') return;
    machine.pause(s, actor.id, Date.now());
    return changed(auditId);
  });
  setHandler(resumeSignal, ({ actor, auditId }) => {
    if (s.status !== 'paused') return;
    machine.resume(s, actor.id, Date.now());
    return changed(auditId);
  });
  setHandler(withdrawSignal, ({ actor, reason, auditId }) => {
    if (s.status === 'withdrawn' || s.status === 'completed') return;
    machine.withdraw(s, actor.id, reason, Date.now());
    return changed(auditId);
  });
}

/** What a program's state machine does on the three controls (each state module exports them). */
export interface ProgramControls<S> {
  pause(s: S, by: string, now: number): void;
  resume(s: S, by: string, now: number): void;
  withdraw(s: S, by: string, reason: string, now: number): void;
}
