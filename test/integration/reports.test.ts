/**
 * Every report figure computed from a small dataset built through the API, so each expected
 * number can be counted by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import * as inst from '../support/institutional-data';
import { completeOpen, completeToPlan, twoAdvocacyPlans, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const s = signedInSuite();

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: inst.FAST });
  await s.admin.put('/config/advocacy', { durations: adv.FAST });
}, 180_000);

async function institutional(m: ApiClient, mentorEmail: string, genderPlan: boolean) {
  const p = await startInstitutional(s.pm, s.users, 'Report CSO', { mentorId: s.users[mentorEmail] });
  await completeToPlan(m, s.gender, p.id, { assessment: inst.selfAssessment(1), genderPlan });
  const items = (await m.get('/improvements', { filter: { programId: p.id }, sort: ['position', 'ASC'] })).body as { id: string }[];
  return { id: p.id, orgId: p.organizationId, items: items.map((i) => i.id) };
}

async function visit(m: ApiClient, programId: string, mode: string) {
  expect((await m.post(`/programs/${programId}/visits`, { date: '2026-11-02', mode, durationMinutes: 60, notes: 'Support' })).status).toBe(
    201,
  );
}

describe('reports', () => {
  it('state the institutional year-1 figures and the advocacy plans from the data', async () => {
    // Program A: items strategic (done), stakeholder (done), gender (in progress), financial (dropped).
    const a = await institutional(s.mentor, LOGINS.mentor, true);
    await s.mentor.put(`/improvements/${a.items[0]}`, { status: 'done', noEvidenceReason: 'Kept by the CSO' });
    await s.mentor.put(`/improvements/${a.items[1]}`, { status: 'done', noEvidenceReason: 'Kept by the CSO' });
    await s.mentor.put(`/improvements/${a.items[2]}`, { status: 'in_progress' });
    await s.mentor.put(`/improvements/${a.items[3]}`, { status: 'dropped', reason: 'Out of scope this year' });
    await visit(s.mentor, a.id, 'face_to_face');
    await visit(s.mentor, a.id, 'face_to_face');
    await visit(s.mentor, a.id, 'phone');
    // Program B: strategic done, the rest not started; closed and re-evaluated.
    const b = await institutional(s.mentor2, LOGINS.mentor2, false);
    await s.mentor2.put(`/improvements/${b.items[0]}`, { status: 'done', noEvidenceReason: 'Kept by the CSO' });
    await visit(s.mentor2, b.id, 'video');
    expect((await s.pm.post(`/programs/${b.id}/signals/close-year`, {})).status).toBe(202);
    await completeOpen(s.mentor2, b.id, 're_evaluation', inst.reEvaluation(4));
    // One peer-learning workshop of the two CSOs.
    expect(
      (
        await s.pm.post('/events', {
          kind: 'workshop',
          date: '2027-04-10',
          topic: 'Volunteer management',
          organizationIds: [a.orgId, b.orgId],
        })
      ).status,
    ).toBe(201);

    const r = await s.pm.get('/reports/institutional', { year: '1' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      year: 1,
      organizations: 2,
      mentors: 2,
      visits: { total: 4, byMode: { face_to_face: 2, phone: 1, video: 1, email: 0 } },
      selfAssessments: 2,
      genderReports: 2,
      improvementPlans: 2,
      reEvaluations: 1,
      improvements: { planned: 8, implemented: 3, inProgress: 1, notStarted: 3, dropped: 1, implementationRate: 0.429 },
      genderPlans: 2,
      genderPlanReviews: 0,
      peerLearning: { meetings: 0, workshops: 1, attendances: 2 },
    });
    expect(r.body.studiesByType).toMatchObject({
      strategic_planning: 2,
      stakeholder_analysis: 1,
      gender_mainstreaming: 0,
      financial_procedures: 0,
    });
    expect(r.body.plannedStudiesByType).toMatchObject({
      strategic_planning: 2,
      stakeholder_analysis: 2,
      gender_mainstreaming: 2,
      financial_procedures: 2,
    });
    // selfAssessment(1): governance = ((1 + 0) % 5) + 1 = 2 in both programs; re-evaluation 4 in B only.
    expect(r.body.gradesByElement.selfAssessment.governance).toBe(2);
    expect(r.body.gradesByElement.reEvaluation.governance).toBe(4);
    // Each average says how many forms it is over; the like-with-like comparison is B alone.
    expect(r.body.gradesByElement.counts).toEqual({ selfAssessment: 2, reEvaluation: 1 });
    expect(r.body.gradesByElement.paired.programs).toBe(1);
    expect(r.body.gradesByElement.paired.selfAssessment.governance).toBe(2);
    expect(r.body.gradesByElement.paired.reEvaluation.governance).toBe(4);

    const csv = await s.pm.request('GET', '/reports/institutional', { query: { year: '1', format: 'csv' } });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body).toContain('improvements.implementationRate,0.429');
    expect(csv.body).toContain('studiesByType.strategic_planning,2');
    expect((await s.pm.get('/reports/institutional', { year: '0' })).status).toBe(400);
    expect((await s.mentor.get('/reports/institutional')).status).toBe(403);

    // Advocacy: C drafted a plan (developed), D presented it (finalised).
    await twoAdvocacyPlans({ pm: s.pm, mentor: s.mentor, mentor2: s.mentor2, users: s.users }, ['Adv C', 'Adv D']);
    const a2 = await s.pm.get('/reports/advocacy');
    expect(a2.body).toMatchObject({
      programs: 2,
      organizations: 2,
      mentors: 2,
      plansDeveloped: 2,
      plansFinalised: 1,
      completed: 0,
      withdrawn: 0,
    });
    expect(a2.body.byStage).toEqual({ plan_review: 1, implementation_support: 1 });
  });
});
