/**
 * History size of one workflow id across its runs: a program that continues-as-new spreads its
 * history over a chain of runs, and every run's events count toward what its actions cost.
 * The chain is followed backwards from the current run through continuedExecutionRunId.
 */
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { sleep } from './api-client';

export interface HistorySize {
  events: number;
  bytes: number;
  runs: number;
}

interface RunSize {
  events: number;
  bytes: number;
  previousRunId: string | null;
  closed: boolean;
}

export class HistoryMeter {
  /** Closed runs never change: measured once. */
  private readonly closedRuns = new Map<string, RunSize>();

  constructor(
    private readonly client: Client,
    private readonly namespace: string,
  ) {}

  private async run(workflowId: string, runId: string): Promise<RunSize> {
    const cached = this.closedRuns.get(runId);
    if (cached) return cached;
    let events = 0;
    let bytes = 0;
    let previousRunId: string | null = null;
    let closed = false;
    let nextPageToken: Uint8Array | undefined;
    do {
      const page = await this.client.workflowService.getWorkflowExecutionHistory({
        namespace: this.namespace,
        execution: { workflowId, runId },
        nextPageToken,
        // Small pages: one page must fit in one gRPC message, and events can be large.
        maximumPageSize: 100,
      });
      for (const e of page.history?.events ?? []) {
        events += 1;
        // The event's serialized size, as the server stores and sends it.
        bytes += temporal.api.history.v1.HistoryEvent.encode(e).finish().length;
        const started = e.workflowExecutionStartedEventAttributes;
        if (started?.continuedExecutionRunId) previousRunId = started.continuedExecutionRunId;
        if (
          e.workflowExecutionCompletedEventAttributes ||
          e.workflowExecutionContinuedAsNewEventAttributes ||
          e.workflowExecutionFailedEventAttributes ||
          e.workflowExecutionTerminatedEventAttributes ||
          e.workflowExecutionTimedOutEventAttributes ||
          e.workflowExecutionCanceledEventAttributes
        ) {
          closed = true;
        }
      }
      nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
    } while (nextPageToken);
    const size = { events, bytes, previousRunId, closed };
    if (closed) this.closedRuns.set(runId, size);
    return size;
  }

  /** Events and bytes of every run of the workflow id, newest run first back to the first. */
  async measure(workflowId: string): Promise<HistorySize> {
    const desc = await this.client.workflow.getHandle(workflowId).describe();
    let runId: string | null = desc.runId;
    const total: HistorySize = { events: 0, bytes: 0, runs: 0 };
    for (let guard = 0; runId && guard < 10_000; guard++) {
      const r = await this.run(workflowId, runId);
      total.events += r.events;
      total.bytes += r.bytes;
      total.runs += 1;
      runId = r.previousRunId;
    }
    return total;
  }

  /**
   * Waits until the workflow is idle (no pending activity or workflow task, history no longer
   * growing), so a checkpoint counts everything its actions caused, including work that the
   * workflow does after an update has answered.
   */
  async settle(workflowId: string, timeoutMs = 60_000): Promise<HistorySize> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      // describe() is cheap; the (possibly many MB of) history is read once the workflow is idle.
      const desc = await this.client.workflow.getHandle(workflowId).describe();
      const busy = (desc.raw.pendingActivities?.length ?? 0) > 0 || !!desc.raw.pendingWorkflowTask;
      const key = busy ? '' : `${desc.runId}:${desc.historyLength}`;
      if ((key && key === last) || Date.now() > deadline) return this.measure(workflowId);
      last = key;
      await sleep(300);
    }
  }
}
