/**
 * Issue 12, the CSO follows its program: progress reports on plan items (the mentor is notified and
 * alone marks "done"), feedback on the mentoring after a visit and at year end (1-5 + comment) and
 * the satisfaction report, the gender report and the self-assessment report shared with the
 * organisation, and what comes next.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inviteMember } from '../support/cso';
import { LOGINS } from '../support/demo';
import * as inst from '../support/institutional-data';
import { completeToPlan, createOrg, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const s = signedInSuite();
let orgId: string, programId: string, visitId: string, itemId: string;
let m1: Awaited<ReturnType<typeof inviteMember>>, m2: Awaited<ReturnType<typeof inviteMember>>;
const FINDINGS = `Findings shared with the CSO ${Date.now()}`;

beforeAll(async () => {
  ({ id: programId, organizationId: orgId } = await startInstitutional(s.pm, s.users, 'Participation'));
  await completeToPlan(s.mentor, s.gender, programId, { report: { ...inst.genderReport(), findings: FINDINGS } });
  const v = await s.mentor.post(`/programs/${programId}/visits`, {
    date: new Date().toISOString().slice(0, 10),
    mode: 'face_to_face',
    durationMinutes: 60,
    notes: 'Worked on the strategic plan',
    internalNotes: 'Board tension, keep an eye on it',
  });
  expect(v.status, JSON.stringify(v.body)).toBe(201);
  visitId = v.body.id;
  itemId = ((await s.pm.get('/improvements', { filter: { programId } })).body as { id: string }[])[0].id;
  m1 = await inviteMember(s.mentor, orgId, 'follow1');
  m2 = await inviteMember(s.mentor, orgId, 'follow2');
}, 180_000);

describe('plan item progress', () => {
  it('a member reports progress with a note; the mentor is notified; only the mentor marks done', async () => {
    const items = await m1.api.get('/improvements', { filter: { programId } });
    expect(items.status).toBe(200);
    expect(items.body.length).toBe(4);
    expect(items.body[0].status).toBe('planned');
    const bad = await m1.api.post(`/improvements/${itemId}/progress`, { note: '', percent: 120, extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.extra).toBeDefined();
    const bad2 = await m1.api.post(`/improvements/${itemId}/progress`, { note: 'x'.repeat(2001), percent: 120 });
    expect(Object.keys(bad2.body.errors).sort()).toEqual(['note', 'percent']);
    const r = await m1.api.post(`/improvements/${itemId}/progress`, {
      note: 'Board approved the first draft of the strategy',
      percent: 40,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ improvementId: itemId, percent: 40, author: { id: m1.userId, role: 'cso_member' } });
    expect((await s.mentor.post(`/improvements/${itemId}/progress`, { note: 'Confirmed at the visit' })).status).toBe(201);
    // Another mentor's CSO: not theirs.
    expect((await s.mentor2.post(`/improvements/${itemId}/progress`, { note: 'x' })).status).toBe(403);
    const list = await m2.api.get(`/improvements/${itemId}/progress`);
    expect(list.body.data.map((x: { note: string }) => x.note)).toEqual([
      'Board approved the first draft of the strategy',
      'Confirmed at the visit',
    ]);
    const notes = await s.mentor.get('/notifications', { filter: { type: 'plan_progress_reported', programId } });
    expect(notes.body).toHaveLength(1);
    // Only the mentor marks "done".
    expect((await m1.api.put(`/improvements/${itemId}`, { status: 'in_progress' })).status).toBe(403);
    expect((await s.mentor.put(`/improvements/${itemId}`, { status: 'in_progress' })).status).toBe(200);
    expect(
      (
        await s.db.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'plan_item.progress' AND result = 'ok' AND target_id = $1`,
          [programId],
        )
      )[0].n,
    ).toBe(2);
  });
});

describe('feedback on the mentoring', () => {
  it('members rate a visit and the year (one each, updated when given again); the mentor and PM read them; the report shows satisfaction', async () => {
    const bad = await m1.api.post(`/programs/${programId}/feedback`, { about: 'visit', year: 1, rating: 6, comment: 'x'.repeat(2001) });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['comment', 'rating', 'visitId']);
    const foreignVisit = await m1.api.post(`/programs/${programId}/feedback`, {
      about: 'visit',
      visitId: '00000000-0000-4000-8000-000000000001',
      year: 1,
      rating: 4,
    });
    expect(foreignVisit.status).toBe(400);
    expect(foreignVisit.body.errors.visitId).toBeDefined();
    const dashes = await m1.api.post(`/programs/${programId}/feedback`, { about: 'visit', visitId: '-'.repeat(36), year: 1, rating: 4 });
    expect(dashes.status).toBe(400);
    expect(dashes.body.errors.visitId).toBeDefined();
    expect(
      (await m1.api.post(`/programs/${programId}/feedback`, { about: 'visit', visitId, year: 1, rating: 3, comment: 'Useful' })).status,
    ).toBe(200);
    // Given again: the same row, updated (idempotent).
    const again = await m1.api.post(`/programs/${programId}/feedback`, {
      about: 'visit',
      visitId,
      year: 1,
      rating: 5,
      comment: 'Very useful',
    });
    expect(again.status).toBe(200);
    expect((await m2.api.post(`/programs/${programId}/feedback`, { about: 'visit', visitId, year: 1, rating: 3 })).status).toBe(200);
    expect(
      (await m1.api.post(`/programs/${programId}/feedback`, { about: 'year', year: 1, rating: 4, comment: 'A good year' })).status,
    ).toBe(200);
    expect((await s.db.query(`SELECT count(*)::int AS n FROM mentoring_feedback WHERE program_id = $1`, [programId]))[0].n).toBe(3);
    // Staff do not rate; a member reads only their own; the mentor reads all with names.
    expect((await s.mentor.post(`/programs/${programId}/feedback`, { about: 'year', year: 1, rating: 5 })).status).toBe(403);
    const mine = await m2.api.get(`/programs/${programId}/feedback`);
    expect(mine.body.data).toHaveLength(1);
    expect(mine.body.data[0].author.id).toBe(m2.userId);
    const all = await s.mentor.get(`/programs/${programId}/feedback`);
    expect(all.body.data).toHaveLength(3);
    expect((await s.gender.get(`/programs/${programId}/feedback`)).status).toBe(403);

    const report = await s.pm.get('/reports/satisfaction', { type: 'institutional' });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    // Ratings 5, 3 and 4: average 4.
    expect(report.body.overall).toEqual({ n: 3, average: 4 });
    expect(report.body.byMentor).toEqual([{ mentorId: s.users[LOGINS.mentor], mentorName: 'Ayşe Mentor', n: 3, average: 4 }]);
    expect(report.body.byProgram).toEqual([expect.objectContaining({ programId, n: 3, average: 4, type: 'institutional' })]);
    // A mentor sees their own row; another mentor sees none; a member may not read the report.
    expect((await s.mentor.get('/reports/satisfaction')).body.overall.n).toBe(3);
    expect((await s.mentor2.get('/reports/satisfaction')).body).toEqual({ byMentor: [], byProgram: [], overall: { n: 0, average: null } });
    expect((await m1.api.get('/reports/satisfaction')).status).toBe(403);
    const badQ = await s.pm.get('/reports/satisfaction', { type: 'other', cohort: 'x' });
    expect(badQ.status).toBe(400);
    expect(Object.keys(badQ.body.errors).sort()).toEqual(['cohort', 'type']);
    expect((await s.pm.get('/reports/satisfaction', { type: 'advocacy' })).body.overall.n).toBe(0);
    expect(
      (await s.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'feedback.submit' AND target_id = $1`, [programId]))[0].n,
    ).toBe(4);
  });
});

describe('reports shared with the organisation', () => {
  it('the gender report and the self-assessment report reach members only once shared', async () => {
    const before = await m1.api.get(`/programs/${programId}`);
    expect(before.body.live.tasks.find((t: { type: string }) => t.type === 'gender_report').data).toBeNull();
    expect(JSON.stringify(before.body)).not.toContain(FINDINGS);
    expect((await m1.api.request('GET', `/programs/${programId}/reports/self-assessment`, { query: { year: '1' } })).status).toBe(403);
    // Only the program's people share; bad input names the field.
    expect((await m1.api.post(`/programs/${programId}/shares`, { document: 'gender_report', year: 1 })).status).toBe(403);
    expect((await s.mentor2.post(`/programs/${programId}/shares`, { document: 'gender_report', year: 1 })).status).toBe(403);
    const bad = await s.mentor.post(`/programs/${programId}/shares`, { document: 'visit_notes', year: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.document).toBeDefined();

    expect((await s.mentor.post(`/programs/${programId}/shares`, { document: 'gender_report', year: 1 })).status).toBe(200);
    // Idempotent: shared again, one share and one audit entry.
    const again = await s.mentor.post(`/programs/${programId}/shares`, { document: 'gender_report', year: 1 });
    expect(again.body.data).toEqual([expect.objectContaining({ document: 'gender_report', year: 1, sharedBy: s.users[LOGINS.mentor] })]);
    expect(
      (await s.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'program.share' AND target_id = $1`, [programId]))[0].n,
    ).toBe(1);
    const after = await m1.api.get(`/programs/${programId}`);
    expect(after.body.live.tasks.find((t: { type: string }) => t.type === 'gender_report').data.findings).toBe(FINDINGS);
    expect(after.body.shares).toEqual([expect.objectContaining({ document: 'gender_report', year: 1 })]);
    expect((await m1.api.request('GET', `/programs/${programId}/reports/self-assessment`, { query: { year: '1' } })).status).toBe(403);

    expect((await s.pm.post(`/programs/${programId}/shares`, { document: 'self_assessment_report', year: 1 })).status).toBe(200);
    const pdf = await fetch(`${s.stack.baseUrl}/api/programs/${programId}/reports/self-assessment?year=1`, {
      headers: { authorization: `Bearer ${(m1.api as unknown as { token: string }).token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/application\/pdf/);
    expect((await m2.api.get(`/programs/${programId}/shares`)).body.data).toHaveLength(2);
  });
});

describe('what comes next', () => {
  it('a member sees the open tasks and timers of their program, and the events their organisation is invited to', async () => {
    const other = await createOrg(s.pm, 'Participation peer');
    const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (
        await s.pm.post('/events', {
          kind: 'workshop',
          date: soon,
          topic: 'Volunteer management workshop',
          organizationIds: [orgId, other],
        })
      ).status,
    ).toBe(201);
    const up = await m1.api.get(`/programs/${programId}/upcoming`);
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'event', date: soon, title: 'Volunteer management workshop' })]),
    );
    expect(up.body.data.some((u: { kind: string }) => u.kind === 'task' || u.kind === 'timer')).toBe(true);
    const dates = up.body.data.map((u: { date: string }) => u.date);
    expect([...dates].sort()).toEqual(dates);
    expect((await s.mentor2.get(`/programs/${programId}/upcoming`)).status).toBe(403);
  });
});
