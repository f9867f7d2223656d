/**
 * Idempotent writes with a deadline, outages as 503, and the atomic program start, on the real
 * servers: a retried or concurrent request with the same Idempotency-Key applies once; with the
 * worker down a write is a 503 with Retry-After within WRITE_TIMEOUT_MS and the same key later
 * returns the outcome; PostgreSQL down is a 503 naming it; an audit failure never turns an applied
 * change into an error; a start whose transaction fails after workflow.start leaves nothing behind.
 */
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { derivedUuid } from '../../api/common/idempotency-key';
import { startWorker } from '../../api/worker/create-worker';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres.mjs';
import { freePort } from '../../scripts/lib/ports.mjs';
import { canConnect } from '../../scripts/lib/temporal-cli.mjs';
import { createTestDatabase, openDatabase } from '../support/database';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import { completeToPlan, createOrg, startInstitutional, userIds, institutionalBody } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually, startStack, type Stack } from '../support/stack';

const WRITE_TIMEOUT_MS = 3000;
const s = signedInSuite({ env: { WRITE_TIMEOUT_MS: String(WRITE_TIMEOUT_MS) } });
let temporal: Client;
let program: { id: string; workflowId: string };

const visit = (notes: string) => ({ date: '2026-11-02', mode: 'face_to_face', durationMinutes: 60, notes });
const withKey = (c: ApiClient, method: string, path: string, body: unknown, key: string) =>
  c.request(method, path, { body, headers: { 'Idempotency-Key': key } });

async function counts(notes: string) {
  const [{ rows }] = await s.db.query('SELECT count(*)::int AS rows FROM visits WHERE program_id = $1 AND notes = $2', [program.id, notes]);
  const live = (await s.pm.get(`/programs/${program.id}`)).body.live as { visits?: { notes: string }[]; visitCount?: number };
  const [{ audits }] = await s.db.query(
    `SELECT count(*)::int AS audits FROM audit_log WHERE target_id = $1 AND action = 'workflow.update.logVisit' AND details->'visit'->>'notes' = $2`,
    [program.id, notes],
  );
  return { rows: rows as number, audits: audits as number, live };
}

async function visitCount() {
  const [{ n }] = await s.db.query('SELECT count(*)::int AS n FROM visits WHERE program_id = $1', [program.id]);
  const live = (await s.pm.get(`/programs/${program.id}`)).body.live;
  return { rows: n as number, live: live.visitCount as number };
}

beforeAll(async () => {
  temporal = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
  program = await startInstitutional(s.pm, s.users, 'Idempotency');
  await completeToPlan(s.mentor, s.gender, program.id);
}, 120_000);
afterAll(async () => {
  await s.db?.query('DROP TRIGGER IF EXISTS refuse_audit ON audit_log').catch(() => undefined);
  await temporal?.connection.close();
});

describe('Idempotency-Key', () => {
  it('a malformed key is a 400 naming the header, and nothing is written', async () => {
    const before = await visitCount();
    for (const key of ['short', 'has spaces in it', 'x'.repeat(129), 'ünïcode-key-123']) {
      const r = await withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('malformed key'), key);
      expect(r.status).toBe(400);
      expect(Object.keys(r.body.errors)).toEqual(['Idempotency-Key']);
    }
    expect(await visitCount()).toEqual(before);
  });

  it('the same key twice logs one visit and returns the first outcome', async () => {
    const before = await visitCount();
    const key = randomUUID();
    const first = await withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('retried once'), key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('retried once'), key);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await visitCount()).toEqual({ rows: before.rows + 1, live: before.live + 1 });
    expect((await counts('retried once')).audits).toBe(1);
  });

  it('the same key sent concurrently logs one visit; every answer is the same', async () => {
    const before = await visitCount();
    const key = randomUUID();
    const answers = await Promise.all(
      [0, 1, 2, 3].map(() => withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('sent four times at once'), key)),
    );
    for (const a of answers) {
      expect(a.status, JSON.stringify(a.body)).toBe(201);
      expect(a.body).toEqual(answers[0].body);
    }
    expect(await visitCount()).toEqual({ rows: before.rows + 1, live: before.live + 1 });
    const c = await counts('sent four times at once');
    expect(c).toMatchObject({ rows: 1, audits: 1 });
  });

  it('the same key on a different request is a 422 naming the header', async () => {
    const key = randomUUID();
    expect((await withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('first use of a key'), key)).status).toBe(201);
    const other = await withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('another visit, same key'), key);
    expect(other.status).toBe(422);
    expect(Object.keys(other.body.errors)).toEqual(['Idempotency-Key']);
    expect((await counts('another visit, same key')).rows).toBe(0);
  });

  it('a retried signal with the same key is sent once', async () => {
    const key = randomUUID();
    const first = await withKey(s.pm, 'POST', `/programs/${program.id}/signals/pause`, { reason: 'holiday' }, key);
    expect(first.status, JSON.stringify(first.body)).toBe(202);
    const again = await withKey(s.pm, 'POST', `/programs/${program.id}/signals/pause`, { reason: 'holiday' }, key);
    expect(again.status).toBe(202);
    const rows = await s.db.query(`SELECT result FROM audit_log WHERE target_id = $1 AND action = 'workflow.signal.pause'`, [program.id]);
    expect(rows).toEqual([{ result: 'ok' }]);
    await eventually(async () => (await s.pm.get(`/programs/${program.id}`)).body.live?.status === 'paused');
    expect((await s.pm.post(`/programs/${program.id}/signals/resume`, {})).status).toBe(202);
    await eventually(async () => (await s.pm.get(`/programs/${program.id}`)).body.live?.status === 'active');
  });
});

describe('the audit never turns an applied change into an error', () => {
  it('an audit row PostgreSQL refuses to write is a 503 and nothing is sent', async () => {
    const before = await visitCount();
    await s.db.query(
      `CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused by the test'; END $$ LANGUAGE plpgsql`,
    );
    await s.db.query(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.target_id = '${program.id}') EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      const r = await s.mentor.post(`/programs/${program.id}/visits`, visit('audit insert refused'));
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(r.body.message).toMatch(/PostgreSQL/);
    } finally {
      await s.db.query('DROP TRIGGER refuse_audit ON audit_log');
    }
    expect(await visitCount()).toEqual(before);
  });

  it('an audit outcome PostgreSQL refuses to record leaves the applied visit a success', async () => {
    const before = await visitCount();
    await s.db.query(
      `CREATE TRIGGER refuse_audit BEFORE UPDATE ON audit_log FOR EACH ROW WHEN (NEW.target_id = '${program.id}') EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      const r = await s.mentor.post(`/programs/${program.id}/visits`, visit('audit update refused'));
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    } finally {
      await s.db.query('DROP TRIGGER refuse_audit ON audit_log');
    }
    expect(await visitCount()).toEqual({ rows: before.rows + 1, live: before.live + 1 });
  });
});

describe('a write while the worker is down', () => {
  it('is a 503 with Retry-After within the deadline; the same key returns the outcome once the worker is back, and the visit exists once', async () => {
    const before = await visitCount();
    await s.stack.worker!.shutdown();
    const key = randomUUID();
    const t0 = Date.now();
    const r = await withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('logged while the worker was down'), key);
    const took = Date.now() - t0;
    expect(r.status, JSON.stringify(r.body)).toBe(503);
    expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(r.body).toMatchObject({ statusCode: 503, message: expect.stringMatching(/Idempotency-Key/) });
    expect(took).toBeLessThan(WRITE_TIMEOUT_MS + 2000);
    const pending = await s.db.query(
      `SELECT result FROM audit_log WHERE target_id = $1 AND details->'visit'->>'notes' = 'logged while the worker was down'`,
      [program.id],
    );
    expect(pending).toEqual([{ result: 'pending' }]);

    s.stack.worker = await startWorker({ env: s.stack.env, workflowsPath: resolve('workflows/index.ts') });
    const retried = await eventually(
      async () => {
        const a = await withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('logged while the worker was down'), key);
        return a.status === 201 ? a : null;
      },
      60_000,
      500,
    );
    expect(retried.body).toMatchObject({ notes: 'logged while the worker was down' });
    const again = await withKey(s.mentor, 'POST', `/programs/${program.id}/visits`, visit('logged while the worker was down'), key);
    expect(again.body).toEqual(retried.body);
    const c = await counts('logged while the worker was down');
    expect(c).toMatchObject({ rows: 1, audits: 1 });
    expect(await visitCount()).toEqual({ rows: before.rows + 1, live: before.live + 1 });
    const settled = await s.db.query(
      `SELECT result FROM audit_log WHERE target_id = $1 AND details->'visit'->>'notes' = 'logged while the worker was down'`,
      [program.id],
    );
    expect(settled).toEqual([{ result: 'ok' }]);
  }, 120_000);
});

describe('a start whose transaction fails after workflow.start', () => {
  it('leaves neither a program row nor a running workflow; the same key then starts it once', async () => {
    const orgId = await createOrg(s.pm, 'Failed start');
    const fn = `refuse_start_${orgId.replace(/-/g, '')}`;
    await s.db.query(
      `CREATE FUNCTION ${fn}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'program.start refused by the test'; END $$ LANGUAGE plpgsql`,
    );
    await s.db.query(
      `CREATE TRIGGER ${fn} BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'program.start' AND NEW.details->>'organizationId' = '${orgId}') EXECUTE FUNCTION ${fn}()`,
    );
    const key = randomUUID();
    const body = institutionalBody(s.users, { organizationId: orgId, years: 1 });
    const programId = derivedUuid('program.start', s.users[LOGINS.pm], key, orgId, 'institutional');
    const workflowId = `institutional-program-${programId}`;
    try {
      const r = await withKey(s.pm, 'POST', '/programs', body, key);
      expect(r.status, JSON.stringify(r.body)).toBe(503);
      expect(r.body.message).toMatch(/PostgreSQL/);
    } finally {
      await s.db.query(`DROP TRIGGER ${fn} ON audit_log`);
      await s.db.query(`DROP FUNCTION ${fn}()`);
    }
    expect(await s.db.query('SELECT id FROM programs WHERE organization_id = $1', [orgId])).toEqual([]);
    // The workflow did start (the trigger fires after it) and was then terminated and deleted.
    const gone = await temporal.workflow
      .getHandle(workflowId)
      .describe()
      .then((d) => d.status.name)
      .catch((err) => (err instanceof WorkflowNotFoundError ? 'not found' : Promise.reject(err)));
    expect(['not found', 'TERMINATED']).toContain(gone);

    const retried = await withKey(s.pm, 'POST', '/programs', body, key);
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    expect(retried.body).toMatchObject({ id: programId, workflowId });
    expect((await temporal.workflow.getHandle(workflowId).describe()).status.name).toBe('RUNNING');
    expect(await s.db.query('SELECT id FROM programs WHERE organization_id = $1', [orgId])).toEqual([{ id: programId }]);
  }, 60_000);
});

describe('PostgreSQL down', () => {
  it('a list and a write are a 503 naming PostgreSQL, with Retry-After', async () => {
    // A PostgreSQL of this test's own, so stopping it disturbs no other test file.
    const dir = mkdtempSync(join(tmpdir(), 'mentorflow-outage-pg-'));
    chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort(), database: 'outage', log: () => {} });
    const url = await createTestDatabase(pg.url, 'outage_api');
    const own = await startStack({ worker: false, env: { DATABASE_URL: url, TEMPORAL_TASK_QUEUE: `outage-${process.pid}` } });
    try {
      const client = await own.api.login(LOGINS.pm, DEMO_PASSWORD);
      expect((await client.get('/programs')).status).toBe(200);
      await pg.stop();
      const list = await client.get('/programs');
      expect(list.status).toBe(503);
      expect(list.body).toEqual({ statusCode: 503, message: expect.stringMatching(/PostgreSQL/) });
      expect(list.headers.get('retry-after')).toMatch(/^\d+$/);
      const write = await client.request('POST', '/organizations', {
        body: {
          name: 'Written while PostgreSQL is down',
          city: 'Van',
          fieldOfWork: 'Youth',
          contactPerson: 'Ali Veli',
          email: 'ali@example.org',
          phone: '+90 432 000 00 00',
        },
        headers: { 'Idempotency-Key': randomUUID() },
      });
      expect(write.status).toBe(503);
      expect(write.body.message).toMatch(/PostgreSQL/);
      const visitWrite = await client.post(`/programs/${randomUUID()}/visits`, visit('db down'));
      expect(visitWrite.status).toBe(503);
      expect(visitWrite.body.message).toMatch(/PostgreSQL/);
    } finally {
      await own.close().catch(() => undefined);
      await pg.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('Temporal down', () => {
  it('a start and a signal are a 503 naming Temporal within the deadline; nothing is written and the audit says failed', async () => {
    // A Temporal dev server of this test's own, so stopping it disturbs no other test file.
    const port = await freePort();
    const server = spawn(
      inject('temporalCliPath'),
      ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'],
      { stdio: 'ignore' },
    );
    let own: Stack | undefined;
    try {
      await eventually(() => canConnect(port), 30_000);
      own = await startStack({
        worker: false,
        ownDatabase: true,
        env: {
          TEMPORAL_ADDRESS: `127.0.0.1:${port}`,
          WRITE_TIMEOUT_MS: String(WRITE_TIMEOUT_MS),
          TEMPORAL_TASK_QUEUE: `temporal-down-${process.pid}`,
        },
      });
      const client = await own.api.login(LOGINS.pm, DEMO_PASSWORD);
      const ids = await userIds(client);
      const start = (orgId: string) =>
        client.post('/programs', {
          organizationId: orgId,
          type: 'institutional',
          mentorId: ids[LOGINS.mentor],
          genderExpertId: ids[LOGINS.gender],
          years: 1,
        });
      const started = await start(await createOrg(client, 'Temporal down A'));
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const orgB = await createOrg(client, 'Temporal down B');

      server.kill('SIGTERM');
      await eventually(async () => !(await canConnect(port)), 15_000);

      const t0 = Date.now();
      const pause = await client.post(`/programs/${started.body.id}/signals/pause`, { reason: 'while Temporal is down' });
      expect(pause.status).toBe(503);
      expect(pause.body.message).toMatch(/Temporal/);
      expect(pause.headers.get('retry-after')).toMatch(/^\d+$/);
      const p = await start(orgB);
      expect(p.status).toBe(503);
      expect(p.body.message).toMatch(/Temporal/);
      expect(Date.now() - t0).toBeLessThan(2 * (WRITE_TIMEOUT_MS + 5000));

      const list = await client.get('/programs', { filter: { organizationId: orgB } });
      expect(list.status).toBe(200);
      expect(list.body).toEqual([]);
      const ownDb = await openDatabase(own.env.DATABASE_URL);
      try {
        const audit = await ownDb.query(`SELECT result FROM audit_log WHERE target_id = $1 AND action = 'workflow.signal.pause'`, [
          started.body.id,
        ]);
        expect(audit).toEqual([{ result: 'failed' }]);
      } finally {
        await ownDb.destroy();
      }
    } finally {
      await own?.close().catch(() => undefined);
      server.kill('SIGKILL');
    }
  }, 120_000);
});
