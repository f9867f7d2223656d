// The benchmark's own trivial workflow, the baseline the real programs are measured against.
// Bundled by the SDK when the bench worker starts (see bench-worker.ts); deterministic, and it
// imports nothing of ours, so it is the same whatever happens to workflows/.
import { condition, defineSignal, defineUpdate, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';

export interface BenchActivities {
  /** Inserts one row into the bench table and commits. */
  writeRow(workflowId: string, n: number): Promise<void>;
}

export const pingUpdate = defineUpdate<number, [number]>('benchPing');
export const writeRowUpdate = defineUpdate<number, [number]>('benchWriteRow');
export const writeRowLocalUpdate = defineUpdate<number, [number]>('benchWriteRowLocal');
export const stopSignal = defineSignal('benchStop');

const remote = proxyActivities<BenchActivities>({ startToCloseTimeout: '30 seconds' });
const local = proxyLocalActivities<BenchActivities>({ startToCloseTimeout: '30 seconds' });

export async function benchTarget(workflowId: string): Promise<void> {
  let stopped = false;
  setHandler(pingUpdate, (n) => n);
  setHandler(writeRowUpdate, async (n) => {
    await remote.writeRow(workflowId, n);
    return n;
  });
  setHandler(writeRowLocalUpdate, async (n) => {
    await local.writeRow(workflowId, n);
    return n;
  });
  setHandler(stopSignal, () => {
    stopped = true;
  });
  await condition(() => stopped);
}
