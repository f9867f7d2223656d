import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../config/config.schema';
import { createLogger } from '../logger';
import { registerSearchAttributes } from '../temporal/search-attributes.registrar';
import { collectActivities } from './activities';
import { WorkerModule } from './worker.module';

export interface RunningWorker {
  worker: Worker;
  context: INestApplicationContext;
  connection: NativeConnection;
  /** Resolves when the worker has stopped (after shutdown()). */
  done: Promise<void>;
  shutdown(): Promise<void>;
}

/**
 * Workflow code comes from the prebuilt bundle (WORKFLOW_BUNDLE_PATH, production) or is bundled
 * from workflows/ at start (development and tests).
 */
function workflowSource(bundlePath: string | undefined, workflowsPath?: string) {
  if (bundlePath) {
    if (!existsSync(bundlePath)) throw new Error(`WORKFLOW_BUNDLE_PATH=${bundlePath} does not exist; run npm run build`);
    return { workflowBundle: { codePath: bundlePath } };
  }
  // require.resolve finds index.js in dist/ and index.ts when run from the sources.
  return { workflowsPath: workflowsPath ?? require.resolve(join(__dirname, '..', '..', 'workflows')) };
}

const SDK_LEVELS = { error: 'ERROR', warn: 'WARN', log: 'INFO', debug: 'DEBUG', verbose: 'TRACE' } as const;

/** The SDK logs every state change at INFO; follow our LOG_LEVEL instead. Once per process. */
function installSdkLogger(level: keyof typeof SDK_LEVELS) {
  try {
    Runtime.install({ logger: new DefaultLogger(SDK_LEVELS[level]) });
  } catch {
    // Already installed by an earlier worker in this process (tests start several).
  }
}

export async function startWorker(opts: { workflowsPath?: string; env?: Record<string, string | undefined> } = {}): Promise<RunningWorker> {
  const config = validateConfig(opts.env ?? process.env);
  const logger = new Logger('Worker');
  installSdkLogger(config.LOG_LEVEL);
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: createLogger('worker', config),
    abortOnError: false,
  });
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  await registerSearchAttributes(connection, config.TEMPORAL_NAMESPACE, logger);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities: collectActivities(context),
    // Bounded memory: each cached workflow keeps its state; evicted ones replay when needed.
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    ...workflowSource(config.WORKFLOW_BUNDLE_PATH, opts.workflowsPath),
  });
  const done = worker.run().finally(async () => {
    await connection.close().catch(() => undefined);
    await context.close();
  });
  logger.log(`Polling task queue "${config.TEMPORAL_TASK_QUEUE}" on ${config.TEMPORAL_ADDRESS}`);
  return {
    worker,
    context,
    connection,
    done,
    async shutdown() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}
