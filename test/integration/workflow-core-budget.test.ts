/**
 * The delta core's history budget, on the real dev server: each action adds at most 6 history
 * events and 2 KB, flat from the 10th to the 500th action of a program (institutional visits;
 * advocacy plan drafts and reviews), and the read model holds exactly what the workflow holds.
 */
import { temporal } from '@temporalio/proto';
import { afterAll, describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { completeOpen, completeToPlan, openTask, startInstitutional, startAdvocacy } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { temporalClient } from '../support/temporal';

const s = signedInSuite();
const client = temporalClient();

afterAll(async () => {
  await client.connection.close();
});

async function history(workflowId: string) {
  const h = await client.workflow.getHandle(workflowId).fetchHistory();
  return { events: h.events?.length ?? 0, bytes: temporal.api.history.v1.History.encode(h).finish().length };
}

type Checkpoint = { actions: number; events: number; bytes: number };

/** Per-action growth between consecutive checkpoints. */
function perAction(points: Checkpoint[]) {
  return points.slice(1).map((p, i) => {
    const prev = points[i];
    const n = p.actions - prev.actions;
    return { from: prev.actions, to: p.actions, events: (p.events - prev.events) / n, bytes: (p.bytes - prev.bytes) / n };
  });
}

function expectWithinBudget(points: Checkpoint[]) {
  const growth = perAction(points);
  console.log(
    `history per action: ${growth.map((g) => `${g.from}->${g.to}: ${g.events.toFixed(2)} events, ${g.bytes.toFixed(0)} B`).join('; ')}`,
  );
  for (const g of growth) {
    expect(g.events, `events per action ${g.from}->${g.to}`).toBeLessThanOrEqual(6);
    expect(g.bytes, `bytes per action ${g.from}->${g.to}`).toBeLessThanOrEqual(2048);
  }
  // Flat: the later window costs no more per action than the earlier one (a few bytes of slack
  // for ids and counters that grow a digit).
  expect(growth[growth.length - 1].bytes).toBeLessThanOrEqual(growth[0].bytes + 64);
  expect(growth[growth.length - 1].events).toBeLessThanOrEqual(growth[0].events + 0.05);
}

describe('history budget of the delta core', () => {
  it('institutional: 500 visits on one program, at most 6 events and 2 KB each, flat from the 10th', async () => {
    const p = await startInstitutional(s.pm, s.users, 'Budget', { years: 2, startDate: '2026-09-01' });
    await completeToPlan(s.mentor, s.gender, p.id, { genderPlan: false });
    const points: Checkpoint[] = [];
    for (let n = 1; n <= 500; n++) {
      const r = await s.mentor.post(`/programs/${p.id}/visits`, {
        date: '2026-10-01',
        mode: n % 2 ? 'face_to_face' : 'phone',
        durationMinutes: 60,
        notes: `Visit ${n}: plan follow-up`,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      if (n === 10 || n === 100 || n === 500) points.push({ actions: n, ...(await history(p.workflowId)) });
    }
    expectWithinBudget(points);
    // One projection per action, nothing lost or doubled: the read model has the 500 visits.
    const db = await s.stack.api.login(LOGINS.pm, DEMO_PASSWORD);
    const visits = await db.get('/visits', { filter: { programId: p.id }, range: [0, 0] });
    expect(visits.headers.get('content-range')).toMatch(/\/500$/);
    const program = (await s.pm.get(`/programs/${p.id}`)).body;
    expect(program.visitCount).toBe(500);
    expect(program.live.visitCount).toBe(500);
  }, 300_000);

  it('advocacy: 100 draft and review actions on one program, at most 6 events and 2 KB each, flat from the 10th', async () => {
    const p = await startAdvocacy(s.pm, s.users, 'Budget adv', { startDate: '2026-09-01' });
    await completeOpen(s.mentor, p.id, 'needs_assessment', adv.needs());
    await completeOpen(s.mentor, p.id, 'curriculum', adv.curriculum());
    await completeOpen(s.mentor, p.id, 'training', adv.training());
    await completeOpen(s.mentor, p.id, 'issue_workshop', adv.workshop());
    const points: Checkpoint[] = [];
    let n = 0;
    const act = async (type: string, body: unknown) => {
      const t = await openTask(s.mentor, p.id, type);
      const r = await s.mentor.post(`/tasks/${t.id}/complete`, body);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      n++;
      if (n === 10 || n === 100) points.push({ actions: n, ...(await history(p.workflowId)) });
    };
    while (n < 100) {
      await act('plan_drafting', adv.plan(`Goal revision ${n}`));
      await act('plan_review', { decision: 'request_changes', comments: `Sharpen the indicators (${n})` });
    }
    expectWithinBudget(points);
    const live = (await s.pm.get(`/programs/${p.id}`)).body.live;
    expect(live.planVersions).toHaveLength(50);
    // A draft is kept once: in the plan versions, not again in its task.
    const drafting = live.tasks.filter((t: { type: string; status: string }) => t.type === 'plan_drafting' && t.status === 'completed');
    expect(drafting[0].data).toEqual({ planVersion: 1 });
  }, 300_000);
});
