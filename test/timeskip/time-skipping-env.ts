/**
 * One time-skipping test environment and worker per test file, with the projection's local
 * activities collecting what the read model would get (see the tests' headers).
 */
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { FactBatch } from '../../workflows/programs/facts';
import type { NotificationInput } from '../../workflows/programs/contract';

export const DAY = 86_400_000;

export interface TimeSkipping {
  env: TestWorkflowEnvironment;
  taskQueue: string;
  batches: FactBatch[];
  /** Notifications the workflow handed to the projection for a program, of a type. */
  notices(programId: string, type: string): NotificationInput[];
  stop(): Promise<void>;
}

export async function startTimeSkipping(taskQueue: string): Promise<TimeSkipping> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (!path) {
    throw new Error(
      'TEMPORAL_TEST_SERVER_PATH is not set: run through `npm test`, which fetches the time-skipping test server (Java, from Maven Central)',
    );
  }
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
  const batches: FactBatch[] = [];
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath: resolve('workflows/index.ts'),
    // The test server cannot hold custom search attributes: see without-search-attributes.ts.
    bundlerOptions: {
      webpackConfigHook: (config) => ({
        ...config,
        resolve: {
          ...config.resolve,
          alias: { ...(config.resolve?.alias as object), '@temporalio/workflow$': resolve('test/timeskip/without-search-attributes.ts') },
        },
      }),
    },
    activities: {
      async applyFacts(batch: FactBatch) {
        batches.push(batch);
      },
      async recordProjectionFailure() {},
    },
  });
  const running = worker.run();
  return {
    env,
    taskQueue,
    batches,
    notices: (programId, type) =>
      batches
        .filter((b) => b.programId === programId)
        .flatMap((b) => b.facts)
        .flatMap((f) => (f.kind === 'notification' ? [f.notification] : []))
        .filter((n) => n.type === type),
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}

/** The test file's time-skipping environment: started by a beforeAll registered here and stopped after the file. */
export function timeSkippingSuite(taskQueue: string): TimeSkipping {
  const suite = {} as TimeSkipping;
  beforeAll(async () => {
    Object.assign(suite, await startTimeSkipping(taskQueue));
  }, 180_000);
  afterAll(() => suite.stop?.());
  return suite;
}
