/**
 * Issue 12, participatory self-assessment: the mentor opens a grading round, each invited member
 * grades on their own (same scale and rules as the mentor's form), the mentor's task context
 * shows every grade with min / median / max, members never see each other's grades, and the
 * round closes with the self-assessment. Zero members works as before.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENTS, PRINCIPLES } from '../../workflows/institutional/model';
import { inviteMember } from '../support/cso';
import * as inst from '../support/institutional-data';
import { completeOpen, openTask, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const s = signedInSuite();

const grading = (grades: number[], principle: number, position: string) => ({
  year: 1,
  position,
  elements: Object.fromEntries(
    ELEMENTS.map((e, i) => [
      e,
      { grade: grades[i % grades.length], strengths: `${position} sees strength in ${e}`, improvementAreas: `${position}: improve ${e}` },
    ]),
  ),
  principles: Object.fromEntries(PRINCIPLES.map((p) => [p, principle])),
});

async function program(label: string) {
  const p = await startInstitutional(s.pm, s.users, label);
  await openTask(s.mentor, p.id, 'self_assessment');
  return { org: p.organizationId, id: p.id };
}

describe('participatory grading', () => {
  it('three members grade; the mentor sees each grade with min, median and max; members see only their own', async () => {
    const { org, id } = await program('Grading');
    const [m1, m2, m3] = [
      await inviteMember(s.mentor, org, 'g1'),
      await inviteMember(s.mentor, org, 'g2'),
      await inviteMember(s.mentor, org, 'g3'),
    ];
    // Before a round: a member cannot grade (409 naming year).
    const early = await m1.api.put(`/programs/${id}/member-grading/mine`, grading([3], 3, 'Board chair'));
    expect(early.status).toBe(409);
    expect(early.body.errors.year).toBeDefined();
    // Only the program's mentor (or a PM / admin) opens the round; a member or another mentor cannot.
    expect((await m1.api.post(`/programs/${id}/member-grading`, { year: 1 })).status).toBe(403);
    expect((await s.mentor2.post(`/programs/${id}/member-grading`, { year: 1 })).status).toBe(403);
    const badYear = await s.mentor.post(`/programs/${id}/member-grading`, { year: 7 });
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors.year).toBeDefined();
    const opened = await s.mentor.post(`/programs/${id}/member-grading`, { year: 1 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body).toMatchObject({ year: 1, open: true, summary: { respondents: 0 } });
    // Idempotent: opened again, nobody is notified twice.
    expect((await s.mentor.post(`/programs/${id}/member-grading`, { year: 1 })).status).toBe(200);
    const notes = await m1.api.get('/notifications', { filter: { type: 'member_grading_requested' } });
    expect(notes.body).toHaveLength(1);
    expect(notes.body[0]).toMatchObject({ programId: id, params: { year: 1 } });

    // Bad input names the field, nothing is stored.
    const bad = await m1.api.put(`/programs/${id}/member-grading/mine`, { ...grading([9], 0, ''), extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.extra).toBeDefined();
    const bad2 = await m1.api.put(`/programs/${id}/member-grading/mine`, {
      ...grading([9], 0, ''),
      elements: { governance: { grade: 9, strengths: 'x'.repeat(4001), improvementAreas: '' } },
    });
    expect(bad2.status).toBe(400);
    expect(bad2.body.errors).toMatchObject({
      position: expect.any(String),
      'elements.governance.grade': expect.stringMatching(/between 1 and 5/),
      'elements.governance.strengths': expect.stringMatching(/at most 4000/),
      'elements.governance.improvementAreas': expect.any(String),
      'elements.strategic_planning': expect.stringMatching(/missing/),
      'principles.transparency': expect.stringMatching(/between 1 and 5/),
    });
    expect((await s.db.query(`SELECT count(*)::int AS n FROM member_gradings WHERE program_id = $1`, [id]))[0].n).toBe(0);

    expect((await m1.api.put(`/programs/${id}/member-grading/mine`, grading([1], 2, 'Board chair'))).status).toBe(200);
    expect((await m2.api.put(`/programs/${id}/member-grading/mine`, grading([4], 3, 'Coordinator'))).status).toBe(200);
    expect((await m3.api.put(`/programs/${id}/member-grading/mine`, grading([2], 5, 'Volunteer'))).status).toBe(200);
    // Upsert: m3 changes their mind (one grading per member and year).
    const again = await m3.api.put(`/programs/${id}/member-grading/mine`, grading([5], 5, 'Volunteer'));
    expect(again.status).toBe(200);
    expect(again.body.mine.elements.governance.grade).toBe(5);
    expect('summary' in again.body).toBe(false);
    const own = await m1.api.get(`/programs/${id}/member-grading`, { year: 1 });
    expect(own.body).toEqual({ year: 1, exists: true, open: true, mine: expect.objectContaining({ position: 'Board chair' }) });
    expect(JSON.stringify(own.body)).not.toContain('Coordinator');

    // The mentor: grades 1, 4, 5 -> min 1, median 4, max 5; principles 2, 3, 5.
    const view = await s.mentor.get(`/programs/${id}/member-grading`, { year: 1 });
    expect(view.body.summary.respondents).toBe(3);
    expect(view.body.summary.elements.governance).toMatchObject({ n: 3, min: 1, median: 4, max: 5 });
    expect(view.body.summary.elements.governance.grades).toHaveLength(3);
    expect(view.body.summary.principles.transparency).toEqual({ n: 3, min: 2, median: 3, max: 5 });
    expect(view.body.participants.map((p: { position: string }) => p.position).sort()).toEqual(['Board chair', 'Coordinator', 'Volunteer']);
    // The gender expert reads it too (her report is written from the session).
    expect((await s.gender.get(`/programs/${id}/member-grading`, { year: 1 })).body.summary.respondents).toBe(3);
    // The self-assessment task's context carries it.
    const task = await openTask(s.mentor, id, 'self_assessment');
    const ctx = await s.mentor.get(`/tasks/${task.id}`);
    expect(ctx.body.context.memberGrading).toMatchObject({ year: 1, respondents: 3, elements: { governance: { median: 4 } } });
    expect(ctx.body.context.memberGrading.participants).toHaveLength(3);

    // Audited.
    const audit = (await s.db.query(`SELECT action, result FROM audit_log WHERE target_id = $1 AND action LIKE 'member_grading.%'`, [
      id,
    ])) as { action: string; result: string }[];
    expect(audit.filter((a) => a.action === 'member_grading.submit' && a.result === 'ok')).toHaveLength(4);
    expect(audit.filter((a) => a.action === 'member_grading.open' && a.result === 'ok')).toHaveLength(1);

    // Even count: median is the mean of the two middle values, to one decimal.
    await s.db.query(`DELETE FROM member_gradings WHERE program_id = $1 AND user_id = $2`, [id, m3.userId]);
    const even = await s.mentor.get(`/programs/${id}/member-grading`, { year: 1 });
    expect(even.body.summary.elements.governance).toMatchObject({ n: 2, min: 1, median: 2.5, max: 4 });

    // The session decides: once the self-assessment is completed, the round is closed (409).
    await completeOpen(s.mentor, id, 'self_assessment', inst.selfAssessment());
    const closed = await m1.api.put(`/programs/${id}/member-grading/mine`, grading([3], 3, 'Board chair'));
    expect(closed.status).toBe(409);
    expect((await m1.api.get(`/programs/${id}/member-grading`, { year: 1 })).body.open).toBe(false);
  });

  it('zero members: the round opens with no respondents and the self-assessment works as before', async () => {
    const { id } = await program('Grading none');
    const opened = await s.mentor.post(`/programs/${id}/member-grading`, { year: 1 });
    expect(opened.body.summary).toMatchObject({ respondents: 0 });
    expect(opened.body.summary.elements.governance).toMatchObject({ n: 0, min: null, median: null, max: null });
    const task = await openTask(s.mentor, id, 'self_assessment');
    expect((await s.mentor.get(`/tasks/${task.id}`)).body.context.memberGrading.respondents).toBe(0);
    await completeOpen(s.mentor, id, 'self_assessment', inst.selfAssessment());
    // Without a round the context has no memberGrading.
    const { id: other } = await program('Grading no round');
    const t2 = await openTask(s.mentor, other, 'self_assessment');
    expect('memberGrading' in (await s.mentor.get(`/tasks/${t2.id}`)).body.context).toBe(false);
  });
});
