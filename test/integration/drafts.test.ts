/**
 * Drafts of task forms and record dialogs (api/drafts): only the assignee keeps and reads a
 * task's draft, it is removed when the task is completed, and oversize or malformed drafts are a
 * clear 4xx. Also: the task context the forms show beside their fields, and the gender expert
 * reading her program's self-assessment.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import * as data from '../support/institutional-data';
import { completeOpen, openTask, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();
let programId: string;

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: data.FAST });
  programId = (await startInstitutional(s.pm, s.users, 'Drafts Derneği')).id;
});

const half = {
  sessionDates: ['2027-01-10', ''],
  participants: [{ name: 'Ayten Yılmaz', position: 'Board chair' }],
  elements: { governance: { grade: 3, strengths: 'Şeffaf kurul', improvementAreas: '' } },
};

describe('task drafts', () => {
  it("keeps the assignee's draft, hides it from everyone else and removes it on completion", async () => {
    const task = await openTask(s.pm, programId, 'self_assessment');
    expect((await s.mentor.get(`/tasks/${task.id}/draft`)).body).toEqual({ data: null, updatedAt: null });

    const saved = await s.mentor.put(`/tasks/${task.id}/draft`, { data: half });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.data).toEqual(half);
    expect(Date.parse(saved.body.updatedAt)).toBeGreaterThan(Date.now() - 60_000);

    // Another device of the same person: the same draft.
    const again = await (await s.stack.api.login(LOGINS.mentor, DEMO_PASSWORD)).get(`/tasks/${task.id}/draft`);
    expect(again.body).toEqual(saved.body);

    // Nobody but the assignee reads, writes or discards it (not even a program manager).
    for (const other of [s.pm, s.mentor2, s.gender, s.admin]) {
      expect((await other.get(`/tasks/${task.id}/draft`)).status).toBe(403);
      expect((await other.put(`/tasks/${task.id}/draft`, { data: { x: 1 } })).status).toBe(403);
      expect((await other.delete(`/tasks/${task.id}/draft`)).status).toBe(403);
    }
    expect((await s.mentor.get(`/tasks/${task.id}/draft`)).body.data).toEqual(half);

    // A second save replaces the first.
    const more = { ...half, genderObservations: 'Kadınlar kurulda az temsil ediliyor.' };
    expect((await s.mentor.put(`/tasks/${task.id}/draft`, { data: more })).status).toBe(200);
    expect((await s.mentor.get(`/tasks/${task.id}/draft`)).body.data).toEqual(more);
    const rows = await s.db.query(`SELECT key, task_id FROM drafts WHERE task_id = $1`, [task.id]);
    expect(rows).toEqual([{ key: `task:${task.id}`, task_id: task.id }]);

    // Completing the task removes the draft; a late autosave is refused with 409.
    const done = await s.mentor.post(`/tasks/${task.id}/complete`, data.selfAssessment());
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await s.db.query(`SELECT 1 FROM drafts WHERE task_id = $1`, [task.id])).toHaveLength(0);
    expect((await s.mentor.get(`/tasks/${task.id}/draft`)).body.data).toBeNull();
    expect((await s.mentor.put(`/tasks/${task.id}/draft`, { data: half })).status).toBe(409);
  });

  it('refuses oversize, malformed and unknown drafts with a 4xx naming the field, and stores nothing', async () => {
    const task = await openTask(s.pm, programId, 'gender_report');
    const tooBig = { findings: 'x'.repeat(256 * 1024) };
    const big = await s.gender.put(`/tasks/${task.id}/draft`, { data: tooBig });
    expect(big.status).toBe(413);
    // The API's body limit (256 KB for JSON) answers before the draft's own size check.
    expect(big.body.errors).toHaveProperty('body');
    const justFits = { findings: 'ş'.repeat(100 * 1024) }; // 200 KB of UTF-8
    expect((await s.gender.put(`/tasks/${task.id}/draft`, { data: justFits })).status).toBe(200);

    const notObject = await s.gender.put(`/tasks/${task.id}/draft`, { data: 'findings' });
    expect(notObject.status).toBe(400);
    expect(notObject.body.errors).toHaveProperty('data');
    const extra = await s.gender.put(`/tasks/${task.id}/draft`, { data: {}, owner: 'someone' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toHaveProperty('owner');
    const nul = await s.gender.put(`/tasks/${task.id}/draft`, { data: { findings: 'a\u0000b' } });
    expect(nul.status).toBe(400);
    // The input guard names the exact path of the NUL.
    expect(nul.body.errors).toHaveProperty(['data.findings']);
    expect((await s.gender.get(`/tasks/${task.id}/draft`)).body.data).toEqual(justFits);

    expect((await s.gender.get('/tasks/00000000-0000-4000-8000-000000000000/draft')).status).toBe(404);
    expect((await s.gender.get('/tasks/not-a-uuid/draft')).status).toBe(400);
    expect((await s.gender.delete(`/tasks/${task.id}/draft`)).status).toBe(204);
    expect((await s.gender.get(`/tasks/${task.id}/draft`)).body.data).toBeNull();
  });

  it('shows the gender expert the self-assessment her report builds on, in the context and on its own', async () => {
    const task = await openTask(s.gender, programId, 'gender_report');
    const ctx = (await s.gender.get(`/tasks/${task.id}`)).body.context;
    expect(ctx.selfAssessment.participants).toHaveLength(3);
    expect(ctx.selfAssessment.genderObservations).toBe(data.selfAssessment().genderObservations);
    expect(ctx.selfAssessment.elements.governance).toEqual({ grade: data.selfAssessment().elements.governance.grade });
    // She may open the completed self-assessment itself (it was a 403), but not see open ones in lists.
    const sa = (await s.pm.get('/tasks', { filter: { programId, type: 'self_assessment' } })).body[0];
    const read = await s.gender.get(`/tasks/${sa.id}`);
    expect(read.status).toBe(200);
    expect(read.body.data.participants).toHaveLength(3);
    expect((await s.gender.post(`/tasks/${sa.id}/complete`, data.selfAssessment())).status).toBe(403);

    await completeOpen(s.gender, programId, 'gender_report', data.genderReport(true));
    const plan = await openTask(s.mentor, programId, 'improvement_plan');
    const planCtx = (await s.mentor.get(`/tasks/${plan.id}`)).body.context;
    expect(planCtx.selfAssessment.elements.governance.improvementAreas).toBe('Improve governance');
    expect(planCtx.genderReport.recommendations).toBe(data.genderReport().recommendations);
    expect(planCtx.genderPlanRequired).toBe(true);
  });
});

describe('drafts of cancelled tasks', () => {
  it('drops the draft of a task cancelled by a withdrawal instead of restoring it', async () => {
    const p = await startInstitutional(s.pm, s.users, 'Çekilen Dernek');
    const task = await openTask(s.pm, p.id, 'self_assessment');
    expect((await s.mentor.put(`/tasks/${task.id}/draft`, { data: half })).status).toBe(200);
    expect((await s.pm.post(`/programs/${p.id}/signals/withdraw`, { reason: 'The CSO closed its office' })).status).toBe(202);
    await eventually(async () => (await s.pm.get(`/tasks/${task.id}`)).body.status === 'cancelled');
    expect((await s.mentor.get(`/tasks/${task.id}/draft`)).body).toEqual({ data: null, updatedAt: null });
    expect(await s.db.query(`SELECT 1 FROM drafts WHERE task_id = $1`, [task.id])).toHaveLength(0);
    expect((await s.mentor.put(`/tasks/${task.id}/draft`, { data: half })).status).toBe(409);
  });
});

describe('record dialog drafts', () => {
  it('keeps one draft per person and key, and refuses bad keys and task keys', async () => {
    const key = `visit:${programId}`;
    const visit = { date: '2027-02-01', mode: 'face_to_face', notes: 'Yarım kalan not' };
    expect((await s.mentor.put(`/drafts/${key}`, { data: visit })).status).toBe(200);
    expect((await s.mentor.get(`/drafts/${key}`)).body.data).toEqual(visit);
    // Another person's draft under the same key is theirs alone.
    expect((await s.mentor2.get(`/drafts/${key}`)).body.data).toBeNull();
    expect((await s.pm.put(`/drafts/${key}`, { data: { notes: 'pm' } })).status).toBe(200);
    expect((await s.mentor.get(`/drafts/${key}`)).body.data).toEqual(visit);

    for (const bad of ['Visit:x', 'visit:a:b:c:d', `task:${programId}`, 'x'.repeat(41)]) {
      const r = await s.mentor.put(`/drafts/${encodeURIComponent(bad)}`, { data: {} });
      expect(r.status, bad).toBe(400);
      expect(r.body.errors, bad).toHaveProperty('key');
    }
    expect((await s.mentor.delete(`/drafts/${key}`)).status).toBe(204);
    expect((await s.mentor.get(`/drafts/${key}`)).body.data).toBeNull();
    expect((await s.pm.get(`/drafts/${key}`)).body.data).toEqual({ notes: 'pm' });
  });
});
