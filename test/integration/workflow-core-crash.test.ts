/**
 * A worker killed with SIGKILL in the middle of a burst of 200 visits on one program: the client
 * retries every unanswered request with its Idempotency-Key until it is acknowledged, a new
 * worker process takes over, and every acknowledged visit is present exactly once in the
 * workflow's state and in the read model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateQuery } from '../../workflows/programs/contract';
import type { InstitutionalSnapshot } from '../../workflows/institutional/contract';
import { loginAs } from '../support/demo';
import type { ApiClient } from '../support/http';
import { completeToPlan, startInstitutional, userIds } from '../support/programs';
import { startStack, type Stack } from '../support/stack';
import { temporalClient } from '../support/temporal';
import { spawnWorker, type WorkerProcess } from '../support/worker-process';

const VISITS = 200;
let stack: Stack;
let worker: WorkerProcess;
let pm: ApiClient, mentor: ApiClient, gender: ApiClient;
const client = temporalClient();

beforeAll(async () => {
  stack = await startStack({ ownDatabase: true, worker: false, env: { WRITE_TIMEOUT_MS: '4000' } });
  worker = spawnWorker(stack.env);
  await worker.ready;
  ({ pm, mentor, gender } = await loginAs(stack.api, 'pm', 'mentor', 'gender'));
}, 180_000);
afterAll(async () => {
  await stack?.close();
  await worker?.kill();
  await client.connection.close();
});

const token = (c: ApiClient) => (c as unknown as { token: string }).token;

describe('a worker killed in the middle of a burst', () => {
  it('loses and doubles nothing that was acknowledged', async () => {
    const users = await userIds(pm);
    const p = await startInstitutional(pm, users, 'Crash', { years: 2, startDate: '2026-09-01' });
    await completeToPlan(mentor, gender, p.id, { genderPlan: false });

    let acknowledged = 0;
    let retries = 0;
    let killed = false;
    const killAndRestart = async () => {
      killed = true;
      await worker.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 1500));
      worker = spawnWorker(stack.env);
      await worker.ready;
    };
    let restart: Promise<void> | null = null;

    /** One visit, retried with the same key until the API acknowledges it. */
    const visit = async (i: number) => {
      for (let attempt = 0; attempt < 60; attempt++) {
        try {
          const res = await fetch(`${stack.baseUrl}/api/programs/${p.id}/visits`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${token(mentor)}`,
              'idempotency-key': `crash-visit-${i}`,
            },
            body: JSON.stringify({ date: '2026-10-01', mode: 'face_to_face', durationMinutes: 60, notes: `Burst visit ${i}` }),
          });
          if (res.status === 201) {
            acknowledged++;
            if (acknowledged === 60 && !restart) restart = killAndRestart();
            return;
          }
          expect([503, 504]).toContain(res.status);
        } catch {
          // the connection dropped: retry with the same key
        }
        retries++;
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`visit ${i} was never acknowledged`);
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < VISITS) await visit(next++);
      }),
    );
    await restart;
    expect(killed).toBe(true);
    expect(acknowledged).toBe(VISITS);
    console.log(`burst: ${VISITS} visits acknowledged, ${retries} retries after the kill`);

    const live = (await client.workflow.getHandle(p.workflowId).query(stateQuery)) as InstitutionalSnapshot;
    expect(live.visitCount).toBe(VISITS);
    const rows = (await pm.get('/visits', { filter: { programId: p.id }, range: [0, 499] })).body as { notes: string }[];
    expect(rows).toHaveLength(VISITS);
    expect(new Set(rows.map((r) => r.notes)).size).toBe(VISITS);
    expect((await pm.get(`/programs/${p.id}`)).body.visitCount).toBe(VISITS);
  }, 240_000);
});
