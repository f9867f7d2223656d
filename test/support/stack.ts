/**
 * Boots the real API (HTTP, on a random port) and a real worker in this test file's process,
 * against the servers started by the global setup. Each file gets its own task queue so workers
 * of parallel files never take each other's tasks.
 */
import type { INestApplication } from '@nestjs/common';
import { basename, resolve } from 'node:path';
import { expect, inject } from 'vitest';
import { createApp } from '../../api/app.factory';
import { startWorker, type RunningWorker } from '../../api/worker/create-worker';
import { createTestDatabase } from './database';
import { ApiClient } from './http';

export interface Stack {
  app: INestApplication;
  worker: RunningWorker | null;
  baseUrl: string;
  api: ApiClient;
  env: Record<string, string>;
  close(): Promise<void>;
}

export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const file = basename(expect.getState().testPath ?? 'suite').replace(/\W+/g, '-');
  return {
    NODE_ENV: 'test',
    DATABASE_URL: inject('databaseUrl'),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: `test-${file}-${process.pid}`,
    LOG_FORMAT: 'text',
    LOG_LEVEL: 'warn',
    LOGIN_THROTTLE_LIMIT: '5',
    LOGIN_THROTTLE_TTL_SECONDS: '60',
    ...overrides,
  };
}

export interface StackOptions {
  worker?: boolean;
  env?: Record<string, string>;
  ownDatabase?: boolean;
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const env = testEnv(opts.env);
  if (opts.ownDatabase) env.DATABASE_URL = await createTestDatabase(env.DATABASE_URL, `t_${env.TEMPORAL_TASK_QUEUE}`);
  const worker = opts.worker === false ? null : await startWorker({ env, workflowsPath: resolve('workflows/index.ts') });
  const app = await createApp(env);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as import('node:net').AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    worker,
    baseUrl,
    api: new ApiClient(baseUrl),
    env,
    async close() {
      await app.close();
      await worker?.shutdown();
    },
  };
}

/** Polls until fn returns a truthy value or the timeout passes. */
export async function eventually<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, stepMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${(last as Error).message}` : ''}`);
}
