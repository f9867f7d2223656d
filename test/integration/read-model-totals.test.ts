/**
 * Issue 13: the dashboard and report figures the database keeps as running totals (triggers in
 * the projection's transactions) equal a full recount from every row, the way they were computed
 * before (test/support/read-model-recount.ts), after a mix of workflow actions through the API on
 * the real Temporal dev server and PostgreSQL: programs of both types started, forms completed,
 * plan items moved, visits logged, a year closed and re-evaluated, a pause, a reassignment and a
 * withdrawal; and again after the totals are compacted.
 */
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { openDatabase } from '../support/database';
import { LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import * as inst from '../support/institutional-data';
import { completeOpen, completeToPlan, twoAdvocacyPlans, startInstitutional } from '../support/programs';
import { dashboardRecount, ReportsRecount } from '../support/read-model-recount';
import { startSignedIn } from '../support/signed-in';
import { eventually, type Stack } from '../support/stack';

let stack: Stack;
let db: DataSource;
let pm: ApiClient, mentor: ApiClient, mentor2: ApiClient, gender: ApiClient, admin: ApiClient;
let users: Record<string, string>;

beforeAll(async () => {
  ({ stack, pm, mentor, mentor2, gender, admin, users } = await startSignedIn());
  db = await openDatabase(stack.env.DATABASE_URL);
  await admin.put('/config/institutional/durations', { durations: inst.FAST });
  await admin.put('/config/advocacy', { durations: adv.FAST });
}, 180_000);
afterAll(async () => {
  await db?.destroy();
  await stack?.close();
});

const today = () => new Date().toISOString().slice(0, 10);

async function institutional(m: ApiClient, mentorEmail: string, genderPlan: boolean, grade: number) {
  const p = await startInstitutional(pm, users, 'Totals CSO', { mentorId: users[mentorEmail], years: 2 });
  await completeToPlan(m, gender, p.id, { assessment: inst.selfAssessment(grade), genderPlan });
  const items = (await m.get('/improvements', { filter: { programId: p.id }, sort: ['position', 'ASC'] })).body as { id: string }[];
  return { id: p.id, items: items.map((i) => i.id) };
}

async function visit(m: ApiClient, programId: string, mode: string, date = today()) {
  expect((await m.post(`/programs/${programId}/visits`, { date, mode, durationMinutes: 45, notes: 'Support' })).status).toBe(201);
}

/**
 * Timers of the short test configuration may move a program between the API's answer and the
 * recount, so the two are compared until they agree at one moment (the last mismatch is reported).
 */
async function expectTotalsEqualRecount() {
  await eventually(
    async () => {
      await compareOnce();
      return true;
    },
    30_000,
    500,
  );
}

async function compareOnce() {
  const recount = new ReportsRecount(db);
  for (const year of [1, 2]) {
    const r = await pm.get('/reports/institutional', { year: String(year) });
    expect(r.status).toBe(200);
    expect(r.body, `institutional year ${year}`).toEqual(JSON.parse(JSON.stringify(await recount.institutional(year))));
  }
  const a = await pm.get('/reports/advocacy');
  expect(a.body).toEqual(await recount.advocacy());
  const d = (await pm.get('/dashboard')).body;
  const want = await dashboardRecount(db);
  expect(d.programsByStage).toEqual(want.programsByStage);
  expect(d.overdueTasks.count).toBe(want.overdueCount);
  expect(d.visitsPerMentorThisMonth).toEqual(want.visitsPerMentorThisMonth);
}

describe('running totals', () => {
  it('equal a full recount after a mix of workflow actions, and after compaction', async () => {
    await expectTotalsEqualRecount();
    const a = await institutional(mentor, LOGINS.mentor, true, 1);
    const b = await institutional(mentor2, LOGINS.mentor2, false, 3);
    const c = await institutional(mentor, LOGINS.mentor, true, 2);
    await mentor.put(`/improvements/${a.items[0]}`, { status: 'done', noEvidenceReason: 'Shown on paper at the visit' });
    await mentor.put(`/improvements/${a.items[1]}`, { status: 'in_progress' });
    await mentor.put(`/improvements/${a.items[1]}`, { status: 'done', noEvidenceReason: 'Shown on paper at the visit' });
    await mentor.put(`/improvements/${a.items[2]}`, { status: 'dropped', reason: 'Out of scope this year' });
    await mentor2.put(`/improvements/${b.items[0]}`, { status: 'done', noEvidenceReason: 'Shown on paper at the visit' });
    await visit(mentor, a.id, 'face_to_face');
    await visit(mentor, a.id, 'phone', '2026-01-15');
    await visit(mentor2, b.id, 'video');
    await visit(mentor, c.id, 'email');
    await expectTotalsEqualRecount();

    // B closes its year and is re-evaluated (the like-with-like pair), then reaches year 2.
    expect((await pm.post(`/programs/${b.id}/signals/close-year`, {})).status).toBe(202);
    await completeOpen(mentor2, b.id, 're_evaluation', inst.reEvaluation(4));
    await eventually(async () => (await pm.get(`/programs/${b.id}`)).body.year === 2);
    // C is paused, handed to mentor 2, resumed and then withdrawn; A is paused.
    expect((await pm.post(`/programs/${c.id}/signals/pause`, { reason: 'Board elections' })).status).toBe(202);
    expect((await pm.post(`/programs/${c.id}/signals/reassign`, { mentorId: users[LOGINS.mentor2] })).status).toBe(202);
    await eventually(async () => (await pm.get(`/programs/${c.id}`)).body.mentorId === users[LOGINS.mentor2]);
    expect((await pm.post(`/programs/${c.id}/signals/withdraw`, { reason: 'The CSO closed' })).status).toBe(202);
    await eventually(async () => (await pm.get(`/programs/${c.id}`)).body.status === 'withdrawn');
    expect((await pm.post(`/programs/${a.id}/signals/pause`, { reason: 'Summer' })).status).toBe(202);
    await eventually(async () => (await pm.get(`/programs/${a.id}`)).body.status === 'paused');

    // Advocacy: one drafts a plan, the other has it finalised and starts check-ins.
    await twoAdvocacyPlans({ pm, mentor, mentor2, users }, ['Totals Adv E', 'Totals Adv F']);
    await expectTotalsEqualRecount();

    // The figures really are read from the totals, and folding them changes nothing.
    const [{ rows }] = (await db.query(`SELECT count(*)::int AS rows FROM read_model_totals`)) as { rows: number }[];
    await db.query('SELECT mf_compact_read_model_totals()');
    const [{ rows: compacted }] = (await db.query(`SELECT count(*)::int AS rows FROM read_model_totals`)) as { rows: number }[];
    expect(compacted).toBeLessThan(rows);
    await expectTotalsEqualRecount();
    // What was compared is not empty: the actions above are in the figures.
    const report = (await pm.get('/reports/institutional', { year: '1' })).body;
    expect(report.visits.total).toBe(4);
    expect(report.programs).toBe(3);
    expect(report.gradesByElement.paired.programs).toBe(1);
    expect(report.gradesByElement.paired.reEvaluation.governance).toBe(4);
    expect(report.genderPlans).toBeGreaterThan(0);
    expect(report.improvements.implemented).toBe(3);
    expect((await pm.get('/reports/advocacy')).body).toMatchObject({ programs: 2, plansDeveloped: 2, plansFinalised: 1 });
    const thisMonth = (await pm.get('/dashboard')).body.visitsPerMentorThisMonth as { mentorId: string; visits: number }[];
    expect(thisMonth.find((m) => m.mentorId === users[LOGINS.mentor])?.visits).toBe(2);
  }, 600_000);
});
