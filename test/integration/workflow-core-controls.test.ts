/**
 * No control is ever lost: a withdraw or a pause that arrives while a year's last projection is in
 * flight is applied and projected (in the workflow and the read model), a pause carries into the
 * next year, and a run whose history is full hands its exact state to the next run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Client as PgClient } from 'pg';
import { pauseSignal, stateQuery } from '../../workflows/programs/contract';
import type { InstitutionalSnapshot } from '../../workflows/institutional/contract';
import { LOGINS } from '../support/demo';
import * as data from '../support/institutional-data';
import { completeOpen, createOrg, openTask } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';
import { temporalClient } from '../support/temporal';

const client = temporalClient();
const HISTORY_LIMIT = 120;
const s = signedInSuite({ env: { WORKFLOW_HISTORY_EVENT_LIMIT: String(HISTORY_LIMIT) } });

afterAll(async () => {
  await client.connection.close();
});

async function startInImplementation(label: string, years = 2) {
  const p = (
    await s.pm.post('/programs', {
      organizationId: await createOrg(s.pm, label),
      type: 'institutional',
      mentorId: s.users[LOGINS.mentor],
      genderExpertId: s.users[LOGINS.gender],
      years,
      startDate: '2026-09-01',
    })
  ).body as { id: string; workflowId: string };
  await completeOpen(s.mentor, p.id, 'self_assessment', data.selfAssessment());
  await completeOpen(s.gender, p.id, 'gender_report', data.genderReport(false));
  await completeOpen(s.mentor, p.id, 'improvement_plan', data.improvementPlan());
  return p;
}

const live = (workflowId: string) => client.workflow.getHandle(workflowId).query(stateQuery) as Promise<InstitutionalSnapshot>;
const readModel = async (id: string) => (await s.pm.get(`/programs/${id}`)).body;

/**
 * Completes the year's re-evaluation while the program's read-model row is locked, so its
 * projection is in flight; sends the control meanwhile; then lets the projection through.
 */
async function controlDuringYearEnd(p: { id: string }, control: (id: string) => Promise<unknown>) {
  expect((await s.pm.post(`/programs/${p.id}/signals/close-year`, {})).status).toBe(202);
  const reEval = await openTask(s.mentor, p.id, 're_evaluation');
  const db = new PgClient({ connectionString: s.stack.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query('SELECT 1 FROM programs WHERE id = $1 FOR UPDATE', [p.id]);
    const completion = s.mentor.post(`/tasks/${reEval.id}/complete`, data.reEvaluation());
    await new Promise((r) => setTimeout(r, 800)); // the year's last projection now waits on the lock
    const answer = await control(p.id);
    expect(answer).toMatchObject({ status: 202 });
    await new Promise((r) => setTimeout(r, 300));
    await db.query('COMMIT');
    expect((await completion).status).toBe(200);
  } finally {
    await db.end();
  }
}

describe('controls during a year end', () => {
  it('a withdraw sent during the year-end projection is applied and projected; the program does not go on to year 2', async () => {
    const p = await startInImplementation('Withdraw race');
    const before = await client.workflow.getHandle(p.workflowId).describe();
    await controlDuringYearEnd(p, (id) => s.pm.post(`/programs/${id}/signals/withdraw`, { reason: 'Merged with another CSO' }));
    await eventually(async () => (await readModel(p.id)).status === 'withdrawn');
    const rm = await readModel(p.id);
    expect(rm).toMatchObject({ status: 'withdrawn', stage: 'withdrawn', withdrawnReason: 'Merged with another CSO', year: 1 });
    const handle = client.workflow.getHandle(p.workflowId);
    const result = (await handle.result()) as InstitutionalSnapshot;
    expect(result.status).toBe('withdrawn');
    // Same run: it ended withdrawn instead of continuing as new into year 2.
    expect((await handle.describe()).runId).toBe(before.runId);
    expect(result.yearResults).toHaveLength(1);
  });

  it('a pause sent during the year-end projection carries into the next year', async () => {
    const p = await startInImplementation('Pause race');
    const first = await client.workflow.getHandle(p.workflowId).describe();
    await controlDuringYearEnd(p, (id) => s.pm.post(`/programs/${id}/signals/pause`, { reason: 'Board elections' }));
    await eventually(async () => (await client.workflow.getHandle(p.workflowId).describe()).runId !== first.runId);
    const state = await eventually(async () => {
      const now = await live(p.workflowId);
      return now.year === 2 ? now : null;
    });
    expect(state).toMatchObject({ status: 'paused', stage: 'self_assessment', year: 2 });
    await eventually(async () => {
      const rm = await readModel(p.id);
      return rm.year === 2 && rm.status === 'paused';
    });
    // And it resumes as usual.
    expect((await s.pm.post(`/programs/${p.id}/signals/resume`, {})).status).toBe(202);
    await eventually(async () => (await readModel(p.id)).status === 'active');
    expect((await openTask(s.mentor, p.id, 'self_assessment')).year).toBe(2);
  });
});

describe('continue-as-new when the history is full', () => {
  it('hands over mid-year with the exact state, pause included, and keeps accepting actions', async () => {
    const p = await startInImplementation('Full history', 1);
    const handle = client.workflow.getHandle(p.workflowId);
    const firstRun = (await handle.describe()).runId;
    let visits = 0;
    let before: InstitutionalSnapshot | null = null;
    // A run hands over once no message is in flight: once its history is past the limit, leave
    // it the moment it needs (a burst of visits would postpone the hand-over, never lose one).
    const settle = () => new Promise((r) => setTimeout(r, 100));
    const handedOver = async () => (await handle.describe()).runId !== firstRun;
    while (!(await handedOver()) && visits < 40) {
      // The run sees its history length when a message wakes it: the first visit after the limit
      // is the one that makes it hand over, once that visit is done.
      const full = (await handle.describe()).historyLength >= HISTORY_LIMIT;
      before = await live(p.workflowId);
      const r = await s.mentor.post(`/programs/${p.id}/visits`, {
        date: '2026-10-01',
        mode: 'phone',
        durationMinutes: 30,
        notes: `Call ${visits}`,
      });
      expect(r.status).toBe(201);
      visits++;
      if (full) await eventually(handedOver, 20_000);
      else await settle();
    }
    expect(visits).toBeLessThan(40);
    const after = await eventually(async () => {
      const now = await live(p.workflowId);
      return now.visitCount === visits ? now : null;
    });
    // The same program, the same year, the same tasks and plan: nothing lost, nothing doubled.
    expect(after).toMatchObject({ stage: 'implementation', year: 1, status: 'active', visitCount: visits });
    expect(after.planItems.map((i) => i.id)).toEqual(before!.planItems.map((i) => i.id));
    expect(after.tasks.map((t) => [t.id, t.status])).toEqual(before!.tasks.map((t) => [t.id, t.status]));
    expect(after.stateVersion).toBeGreaterThan(before!.stateVersion);

    // A pause is carried too: pause, then let ignored signals fill the history until it hands over.
    expect((await s.pm.post(`/programs/${p.id}/signals/pause`, {})).status).toBe(202);
    const paused = await eventually(async () => {
      const now = await live(p.workflowId);
      return now.status === 'paused' ? now : null;
    });
    const pausedRun = (await handle.describe()).runId;
    for (let i = 0; i < 60 && (await handle.describe()).runId === pausedRun; i++) {
      const full = (await handle.describe()).historyLength >= HISTORY_LIMIT;
      await handle.signal(pauseSignal, { actor: { id: s.users[LOGINS.pm], email: LOGINS.pm } });
      if (full) await eventually(async () => (await handle.describe()).runId !== pausedRun, 20_000);
      else await settle();
    }
    expect((await handle.describe()).runId).not.toBe(pausedRun);
    const carried = await eventually(async () => {
      const now = await live(p.workflowId).catch(() => null);
      return now && now.visitCount === visits ? now : null;
    });
    expect(carried).toMatchObject({ status: 'paused', stage: 'implementation', visitCount: visits });
    expect(carried.pausedAt).toBe(paused.pausedAt);
    expect((await readModel(p.id)).status).toBe('paused');
    expect((await s.pm.post(`/programs/${p.id}/signals/resume`, {})).status).toBe(202);
    await eventually(async () => (await live(p.workflowId)).status === 'active');
    expect(
      (
        await s.mentor.post(`/programs/${p.id}/visits`, {
          date: '2026-10-02',
          mode: 'video',
          durationMinutes: 30,
          notes: 'After the hand-over',
        })
      ).status,
    ).toBe(201);
    expect((await readModel(p.id)).visitCount).toBe(visits + 1);
    const rows = await s.pm.get('/visits', { filter: { programId: p.id }, range: [0, 0] });
    expect(rows.headers.get('content-range')).toMatch(new RegExp(`/${visits + 1}$`));
  }, 120_000);
});
