import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../api/database/run-migrations';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canConnect } from '../../scripts/lib/temporal-cli.mjs';
import { freePort } from '../../scripts/lib/ports.mjs';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { eventually, startStack, type Stack } from '../support/stack';

/**
 * This file runs its own Temporal dev server so it can stop it without disturbing other files.
 */
let temporal: ChildProcess;
let stack: Stack;
let port: number;

beforeAll(async () => {
  port = await freePort();
  temporal = spawn(
    inject('temporalCliPath'),
    ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'],
    {
      stdio: 'ignore',
    },
  );
  await eventually(() => canConnect(port), 30_000);
  stack = await startStack({ worker: false, env: { TEMPORAL_ADDRESS: `127.0.0.1:${port}` } });
});
afterAll(async () => {
  await stack?.close();
  temporal?.kill('SIGKILL');
});

describe('GET /api/health', () => {
  it('reports database and Temporal up, without a token', async () => {
    const res = await stack.api.request('GET', '/health', { token: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' }, temporal: { status: 'up' } });
  });

  it('goes 503 naming Temporal when the Temporal server stops, and creating an organization then writes nothing', async () => {
    const pm = await stack.api.login(LOGINS.pm, DEMO_PASSWORD);
    temporal.kill('SIGTERM');
    await eventually(async () => !(await canConnect(port)), 15_000);

    const res = await eventually(async () => {
      const r = await stack.api.request('GET', '/health', { token: null });
      return r.status === 503 ? r : null;
    }, 15_000);
    expect(res.body).toMatchObject({ status: 'degraded', database: { status: 'up' }, temporal: { status: 'down' } });
    expect(res.body.temporal.error).toEqual(expect.any(String));

    const name = `Temporal down ${Date.now()}`;
    const create = await pm.post('/organizations', {
      name,
      city: 'Van',
      fieldOfWork: 'Youth',
      contactPerson: 'Ali Veli',
      email: 'ali@example.org',
      phone: '+90 432 000 00 00',
    });
    expect(create.status).toBe(503);
    expect(create.body).toEqual({ statusCode: 503, message: expect.stringMatching(/Temporal/) });
    const list = await pm.get('/organizations', { filter: { q: name } });
    expect(list.body).toEqual([]);
  });
});

describe('GET /api/health with the database down', () => {
  it('goes 503 naming the database when PostgreSQL stops', async () => {
    // A PostgreSQL of this test's own, so stopping it disturbs no other test file.
    const dir = mkdtempSync(join(tmpdir(), 'mentorflow-health-pg-'));
    chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort(), database: 'health', log: () => {} });
    await runMigrations(pg.url);
    const own = await startStack({ worker: false, env: { DATABASE_URL: pg.url, TEMPORAL_ADDRESS: inject('temporalAddress') } });
    try {
      expect((await own.api.request('GET', '/health', { token: null })).status).toBe(200);
      await pg.stop();
      const res = await eventually(async () => {
        const r = await own.api.request('GET', '/health', { token: null });
        return r.status === 503 ? r : null;
      }, 15_000);
      expect(res.body).toMatchObject({ status: 'degraded', database: { status: 'down' }, temporal: { status: 'up' } });
    } finally {
      await own.close().catch(() => undefined);
      await pg.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
