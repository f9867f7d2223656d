/**
 * Issue 13: the dashboard and report figures the database keeps as running totals (triggers in
 * the projection's transactions) equal a full recount from every row, the way they were computed
 * before (test/support/read-model-recount.ts), after a mix of workflow actions through the API on
 * the real Temporal dev server and PostgreSQL: programs of both types started, forms completed,
 * plan items moved, visits logged, a year closed and re-evaluated, a pause, a reassignment and a
 * withdrawal; and again after the totals are compacted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import * as inst from '../support/institutional-data';
import { completeOpen, completeToPlan, twoAdvocacyPlans, startInstitutional } from '../support/programs';
import { dashboardRecount, ReportsRecount } from '../support/read-model-recount';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: inst.FAST });
  await s.admin.put('/config/advocacy', { durations: adv.FAST });
}, 180_000);

const today = () => new Date().toISOString().slice(0, 10);

async function institutional(m: ApiClient, mentorEmail: string, genderPlan: boolean, grade: number) {
  const p = await startInstitutional(s.pm, s.users, 'Totals CSO', { mentorId: s.users[mentorEmail], years: 2 });
  await completeToPlan(m, s.gender, p.id, { assessment: inst.selfAssessment(grade), genderPlan });
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
  const recount = new ReportsRecount(s.db);
  for (const year of [1, 2]) {
    const r = await s.pm.get('/reports/institutional', { year: String(year) });
    expect(r.status).toBe(200);
    expect(r.body, `institutional year ${year}`).toEqual(JSON.parse(JSON.stringify(await recount.institutional(year))));
  }
  const a = await s.pm.get('/reports/advocacy');
  expect(a.body).toEqual(await recount.advocacy());
  const d = (await s.pm.get('/dashboard')).body;
  const want = await dashboardRecount(s.db);
  expect(d.programsByStage).toEqual(want.programsByStage);
  expect(d.overdueTasks.count).toBe(want.overdueCount);
  expect(d.visitsPerMentorThisMonth).toEqual(want.visitsPerMentorThisMonth);
}

describe('running totals', () => {
  it('equal a full recount after a mix of workflow actions, and after compaction', async () => {
    await expectTotalsEqualRecount();
    const a = await institutional(s.mentor, LOGINS.mentor, true, 1);
    const b = await institutional(s.mentor2, LOGINS.mentor2, false, 3);
    const c = await institutional(s.mentor, LOGINS.mentor, true, 2);
    await s.mentor.put(`/improvements/${a.items[0]}`, { status: 'done', noEvidenceReason: 'Shown on paper at the visit' });
    await s.mentor.put(`/improvements/${a.items[1]}`, { status: 'in_progress' });
    await s.mentor.put(`/improvements/${a.items[1]}`, { status: 'done', noEvidenceReason: 'Shown on paper at the visit' });
    await s.mentor.put(`/improvements/${a.items[2]}`, { status: 'dropped', reason: 'Out of scope this year' });
    await s.mentor2.put(`/improvements/${b.items[0]}`, { status: 'done', noEvidenceReason: 'Shown on paper at the visit' });
    await visit(s.mentor, a.id, 'face_to_face');
    await visit(s.mentor, a.id, 'phone', '2026-01-15');
    await visit(s.mentor2, b.id, 'video');
    await visit(s.mentor, c.id, 'email');
    await expectTotalsEqualRecount();

    // B closes its year and is re-evaluated (the like-with-like pair), then reaches year 2.
    expect((await s.pm.post(`/programs/${b.id}/signals/close-year`, {})).status).toBe(202);
    await completeOpen(s.mentor2, b.id, 're_evaluation', inst.reEvaluation(4));
    await eventually(async () => (await s.pm.get(`/programs/${b.id}`)).body.year === 2);
    // C is paused, handed to mentor 2, resumed and then withdrawn; A is paused.
    expect((await s.pm.post(`/programs/${c.id}/signals/pause`, { reason: 'Board elections' })).status).toBe(202);
    expect((await s.pm.post(`/programs/${c.id}/signals/reassign`, { mentorId: s.users[LOGINS.mentor2] })).status).toBe(202);
    await eventually(async () => (await s.pm.get(`/programs/${c.id}`)).body.mentorId === s.users[LOGINS.mentor2]);
    expect((await s.pm.post(`/programs/${c.id}/signals/withdraw`, { reason: 'The CSO closed' })).status).toBe(202);
    await eventually(async () => (await s.pm.get(`/programs/${c.id}`)).body.status === 'withdrawn');
    expect((await s.pm.post(`/programs/${a.id}/signals/pause`, { reason: 'Summer' })).status).toBe(202);
    await eventually(async () => (await s.pm.get(`/programs/${a.id}`)).body.status === 'paused');

    // Advocacy: one drafts a plan, the other has it finalised and starts check-ins.
    await twoAdvocacyPlans({ pm: s.pm, mentor: s.mentor, mentor2: s.mentor2, users: s.users }, ['Totals Adv E', 'Totals Adv F']);
    await expectTotalsEqualRecount();

    // The figures really are read from the totals, and folding them changes nothing.
    const [{ rows }] = (await s.db.query(`SELECT count(*)::int AS rows FROM read_model_totals`)) as { rows: number }[];
    await s.db.query('SELECT mf_compact_read_model_totals()');
    const [{ rows: compacted }] = (await s.db.query(`SELECT count(*)::int AS rows FROM read_model_totals`)) as { rows: number }[];
    expect(compacted).toBeLessThan(rows);
    await expectTotalsEqualRecount();
    // What was compared is not empty: the actions above are in the figures.
    const report = (await s.pm.get('/reports/institutional', { year: '1' })).body;
    expect(report.visits.total).toBe(4);
    expect(report.programs).toBe(3);
    expect(report.gradesByElement.paired.programs).toBe(1);
    expect(report.gradesByElement.paired.reEvaluation.governance).toBe(4);
    expect(report.genderPlans).toBeGreaterThan(0);
    expect(report.improvements.implemented).toBe(3);
    expect((await s.pm.get('/reports/advocacy')).body).toMatchObject({ programs: 2, plansDeveloped: 2, plansFinalised: 1 });
    const thisMonth = (await s.pm.get('/dashboard')).body.visitsPerMentorThisMonth as { mentorId: string; visits: number }[];
    expect(thisMonth.find((m) => m.mentorId === s.users[LOGINS.mentor])?.visits).toBe(2);
  }, 600_000);
});
