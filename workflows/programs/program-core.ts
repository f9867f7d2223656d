/**
 * The core both program workflows run on (since the "delta-core" patch): every action commits
 * once, projecting only the facts it changed, through a local activity the action awaits.
 *
 * Why a local activity keeps read-your-writes across crashes and retries: the update handler
 * returns only after the local activity has committed the batch in PostgreSQL, and the update is
 * accepted and completed in the same workflow task as that activity's marker. If the worker dies
 * before the workflow task completes, nothing of the action reaches history: the server hands the
 * same update to another worker, which replays to the same point (same ids, same sequence number)
 * and runs the activity again; the read model ignores a batch whose number it already holds, so
 * the retry is a no-op there. If the worker dies after, the marker is in history and replay does
 * not run it again. A regular activity would give the same guarantee with about twice as many
 * history events per action.
 *
 * History per action: the update's accepted/completed events, one workflow task and one marker;
 * a search-attribute upsert only when stage, status, year or mentor changed; the main loop's timer
 * is re-armed only when an action brings the next wake-up earlier.
 */
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyLocalActivities,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { NotificationInput } from './contract';
import { FactTracker, type ProjectedView } from './fact-tracker';
import { PROJECTION_REJECTED, type Fact, type FactBatch, type ProjectionFailure } from './facts';

export interface ProjectionActivities {
  applyFacts(batch: FactBatch): Promise<void>;
  recordProjectionFailure(failure: ProjectionFailure): Promise<void>;
}

const projection = proxyLocalActivities<ProjectionActivities>({
  startToCloseTimeout: '15 seconds',
  // A database outage is waited out (the API answers 503 meanwhile); bad data is not retried:
  // the activity throws a non-retryable ProjectionRejected failure for it.
  retry: { initialInterval: '200 milliseconds', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** What the core needs of a program's state. */
export interface CoreState {
  programId: string;
  workflowId: string;
  /** The program's sequence: grows by one with every projected batch, carried across runs. */
  stateVersion: number;
  outbox: NotificationInput[];
  /** Set when a batch could not be applied; cleared by a repair (full snapshot). */
  readModelBehind?: { seq: number; reason: string; at: string } | null;
}

export interface CoreOptions {
  state: CoreState;
  view: ProjectedView;
  searchAttributes: () => SearchAttributeUpdatePair[];
  nextWakeAt: () => number | null;
  /** Continue-as-new once the run's history reaches this many events (besides Temporal's suggestion). */
  historyEventLimit?: number;
}

/** What the core asks of a program's state machine (each state module exports both). */
export interface CoreMachine<S> {
  projectedView(s: S): ProjectedView;
  nextWakeAt(s: S): number | null;
}

export interface CommitOptions {
  auditId?: string | null;
  /** Facts that are events rather than state (a visit logged). */
  emitted?: Fact[];
  full?: boolean;
}

export class ProgramCore {
  private chain: Promise<void> = Promise.resolve();
  private readonly tracker: FactTracker;
  private readonly upserted = new Map<string, string>();
  private armedAt: number | null = null;
  private rearm = false;
  /** A commit happened in the current workflow task (see drain). */
  private committedSinceBoundary = false;

  constructor(private readonly o: CoreOptions) {
    this.tracker = new FactTracker(o.view);
  }

  /** The core over a program's state and its state machine. */
  static of<S extends CoreState>(
    state: S,
    machine: CoreMachine<S>,
    o: Pick<CoreOptions, 'searchAttributes' | 'historyEventLimit'>,
  ): ProgramCore {
    return new ProgramCore({ ...o, state, view: machine.projectedView(state), nextWakeAt: () => machine.nextWakeAt(state) });
  }

  /**
   * A run's life: a full snapshot first (a new run projects everything once), then messages and
   * timers until done() holds or the history is full, then every handler and projection lands.
   */
  async live(done: () => boolean, tick: () => boolean): Promise<void> {
    await this.commit({ full: true });
    await this.run(done, tick);
    await this.drain();
  }

  /**
   * Projects what changed since the last commit, after every earlier batch (so the read model
   * never goes back), and resolves once it is written (or recorded as failed for good).
   */
  commit(opts: CommitOptions = {}): Promise<void> {
    const s = this.o.state;
    this.committedSinceBoundary = true;
    const facts: Fact[] = opts.full ? this.tracker.full() : this.tracker.delta();
    if (opts.emitted) facts.push(...opts.emitted);
    for (const notification of s.outbox.splice(0)) facts.push({ kind: 'notification', notification });
    this.upsertChangedSearchAttributes();
    this.noteWakeChange();
    if (!facts.length && !opts.auditId) return this.chain;
    s.stateVersion += 1;
    const batch: FactBatch = {
      programId: s.programId,
      workflowId: s.workflowId,
      seq: s.stateVersion,
      at: new Date(Date.now()).toISOString(),
      full: opts.full === true,
      auditId: opts.auditId ?? null,
      facts,
    };
    const run = this.chain.then(() => this.send(batch));
    // A cancelled run must not stop later batches from being sent.
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async send(batch: FactBatch): Promise<void> {
    try {
      await projection.applyFacts(batch);
      if (batch.full) this.o.state.readModelBehind = null;
    } catch (err) {
      if (!isRejected(err)) throw err;
      // Bad data must never freeze the program: remember it, flag the read model, go on.
      const reason = rootMessage(err);
      this.o.state.readModelBehind = { seq: batch.seq, reason, at: batch.at };
      await projection.recordProjectionFailure({ programId: batch.programId, workflowId: batch.workflowId, seq: batch.seq, reason });
    }
  }

  /** Search attributes change rarely; an upsert is a history event, so only changes are sent. */
  private upsertChangedSearchAttributes(): void {
    const changed = this.o.searchAttributes().filter((pair) => {
      const sig = JSON.stringify(pair.value);
      if (this.upserted.get(pair.key.name) === sig) return false;
      this.upserted.set(pair.key.name, sig);
      return true;
    });
    if (changed.length) upsertSearchAttributes(changed);
  }

  /** The loop's timer is re-armed only when the next wake-up moved earlier (or appeared). */
  private noteWakeChange(): void {
    const wake = this.o.nextWakeAt();
    if (wake !== null && (this.armedAt === null || wake < this.armedAt)) this.rearm = true;
  }

  /** True when this run should hand over to a new one (history size), keeping the state exactly. */
  historyFull(): boolean {
    const info = workflowInfo();
    if (info.continueAsNewSuggested) return true;
    return this.o.historyEventLimit !== undefined && info.historyLength >= this.o.historyEventLimit;
  }

  /**
   * Waits for messages and timers until done() holds or the history is full. Actions commit
   * themselves; the loop only applies what time brings (tick) and commits that.
   */
  async run(done: () => boolean, tick: () => boolean): Promise<void> {
    const stop = () => done() || this.historyFull();
    while (!stop()) {
      const wake = this.o.nextWakeAt();
      this.armedAt = wake;
      this.rearm = false;
      const woken = () => stop() || this.rearm;
      if (wake === null) {
        await condition(woken);
        continue;
      }
      if (await condition(woken, Math.max(wake - Date.now(), 1))) continue;
      if (tick()) await this.commit();
    }
  }

  /**
   * Before a run ends: let every handler finish and every projection land, including controls
   * that arrive meanwhile (a withdraw during the year's last projection commits itself).
   */
  async drain(): Promise<void> {
    for (;;) {
      await condition(allHandlersFinished);
      await this.chain;
      if (!allHandlersFinished()) continue;
      if (!this.committedSinceBoundary) return;
      // Close in a workflow task of its own. A task that accepts an update and also closes the
      // run is rejected by the server when a signal arrives meanwhile, and the update with it
      // ("unexpected workflow task failure"). After this boundary, a late signal or update is
      // simply delivered again and handled by the loop above.
      this.committedSinceBoundary = false;
      await sleep(1);
    }
  }
}

function isRejected(err: unknown): boolean {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  return cause instanceof ApplicationFailure && cause.type === PROJECTION_REJECTED;
}

function rootMessage(err: unknown): string {
  const cause = err instanceof ActivityFailure && err.cause ? err.cause : err;
  return cause instanceof Error ? cause.message.slice(0, 500) : String(cause).slice(0, 500);
}
