/**
 * A full two-year institutional program driven through the HTTP API on the real servers:
 * both years, continue-as-new, completion with the before/after comparison.
 */
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import * as data from '../support/institutional-data';
import { createOrg, openTask, institutionalBody } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();
let temporal: Client;

beforeAll(async () => {
  const list = await s.pm.get('/users', { range: [0, 99] });
  s.users = Object.fromEntries(list.body.map((u: { email: string; id: string }) => [u.email, u.id]));
  temporal = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
});
afterAll(async () => {
  await temporal?.connection.close();
});

async function complete(client: ApiClient, taskId: string, body: unknown) {
  const res = await client.post(`/tasks/${taskId}/complete`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('institutional program over two years', () => {
  it('runs self-assessment to re-evaluation twice and completes with a comparison', async () => {
    await s.pm.put('/config/institutional/durations', { durations: data.FAST }).then((r) => expect(r.status).toBe(403));
    expect((await s.admin.put('/config/institutional/durations', { durations: { ...data.FAST, yearLength: 600_000 } })).status).toBe(200);
    const orgId = await createOrg(s.pm, 'Mardin Kadın Derneği');
    const created = await s.pm.post('/programs', institutionalBody(s.users, { organizationId: orgId, years: 2 }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const program = created.body;
    expect(program).toMatchObject({
      type: 'institutional',
      status: 'active',
      stage: 'self_assessment',
      year: 1,
      workflowId: `institutional-program-${program.id}`,
    });

    // One active institutional program per organization.
    const again = await s.pm.post('/programs', institutionalBody(s.users, { organizationId: orgId }));
    expect(again.status).toBe(409);

    // The Temporal Web UI has no login: its link is for admins and program managers only.
    expect(program.temporalUiUrl).toContain(`/workflows/${program.workflowId}`);
    expect((await s.admin.get(`/programs/${program.id}`)).body.temporalUiUrl).toContain(program.workflowId);
    expect((await s.mentor.get(`/programs/${program.id}`)).body.temporalUiUrl).toBeNull();
    expect((await s.mentor.get('/programs')).body.every((p: { temporalUiUrl: unknown }) => p.temporalUiUrl === null)).toBe(true);
    const orgForMentor = (await s.mentor.get(`/organizations/${orgId}`)).body;
    expect(orgForMentor.onboarding.workflowId).toBeTruthy();
    expect(orgForMentor.onboarding.temporalUiUrl).toBeNull();
    expect((await s.pm.get(`/organizations/${orgId}`)).body.onboarding.temporalUiUrl).toContain(orgForMentor.onboarding.workflowId);

    for (const year of [1, 2]) {
      const sa = await openTask(s.mentor, program.id, 'self_assessment');
      expect(sa).toMatchObject({ year, assigneeId: s.users[LOGINS.mentor], status: 'open', overdue: false });
      const done = await complete(s.mentor, sa.id, data.selfAssessment(year));
      expect(done.task.status).toBe('completed');
      // The update returns after the read model is written: the next task is already listed.
      expect(done.program.stage).toBe('gender_report');
      const gr = (await s.gender.get('/tasks', { filter: { programId: program.id, status: 'open' } })).body;
      expect(gr.map((t: { type: string }) => t.type)).toEqual(['gender_report']);

      await complete(s.gender, gr[0].id, data.genderReport(true));
      const ip = await openTask(s.mentor, program.id, 'improvement_plan');
      const ctx = (await s.mentor.get(`/tasks/${ip.id}`)).body.context;
      expect(ctx.genderPlanRequired).toBe(true);
      expect(ctx.config.elements).toHaveLength(10);
      const planned = await complete(s.mentor, ip.id, data.improvementPlan());
      expect(planned.program).toMatchObject({ stage: 'implementation', planTotal: 4, planDone: 0 });

      // Implementation: visits and plan items.
      for (const mode of ['face_to_face', 'video']) {
        const v = await s.mentor.post(`/programs/${program.id}/visits`, {
          date: '2026-11-02',
          mode,
          durationMinutes: 90,
          notes: `Worked on the plan (${mode})`,
        });
        expect(v.status, JSON.stringify(v.body)).toBe(201);
      }
      const items = (await s.mentor.get('/improvements', { filter: { programId: program.id, year }, sort: ['position', 'ASC'] })).body;
      expect(items.map((i: { title: string }) => i.title)[0]).toBe('Write a three-year strategic plan');
      const move = (id: string, body: object) => s.mentor.put(`/improvements/${id}`, body);
      expect((await move(items[0].id, { status: 'in_progress' })).status).toBe(200);
      expect((await move(items[0].id, { status: 'done', noEvidenceReason: 'Plan shared on paper' })).status).toBe(200);
      expect((await move(items[1].id, { status: 'done', noEvidenceReason: 'Map kept by the CSO' })).status).toBe(200);
      expect((await move(items[3].id, { status: 'dropped', reason: 'Budget moved to next year' })).status).toBe(200);
      // done -> planned is not a transition: 400 naming status.
      const back = await move(items[0].id, { status: 'planned' });
      expect(back.status).toBe(400);
      expect(back.body.errors).toHaveProperty('status');

      // The program manager closes the year early; the re-evaluation shows last grades beside.
      expect((await s.pm.post(`/programs/${program.id}/signals/close-year`, {})).status).toBe(202);
      const re = await openTask(s.mentor, program.id, 're_evaluation');
      const reCtx = (await s.mentor.get(`/tasks/${re.id}`)).body.context;
      expect(reCtx.previousGrades.elements.governance).toBe(data.selfAssessment(year).elements.governance.grade);
      await complete(s.mentor, re.id, data.reEvaluation(3 + year - 1));

      const p = await eventually(async () => {
        const r = await s.pm.get(`/programs/${program.id}`);
        return r.body.yearResults.length === year ? r.body : null;
      });
      // 2 done / (4 planned - 1 dropped)
      expect(p.yearResults[year - 1]).toMatchObject({ year, planned: 4, done: 2, dropped: 1 });
      expect(p.yearResults[year - 1].implementationRate).toBeCloseTo(2 / 3, 5);
    }

    const final = await eventually(async () => {
      const r = await s.pm.get(`/programs/${program.id}`);
      return r.body.status === 'completed' ? r.body : null;
    });
    expect(final).toMatchObject({ stage: 'completed', year: 2, visitCount: 4 });
    const before = data.selfAssessment(1).elements;
    expect(final.comparison.elements.governance).toEqual({ before: before.governance.grade, after: 4 });
    expect(final.comparison.principles.transparency).toEqual({ before: 1, after: 4 });

    // Year 2 came from continue-as-new: two runs of one workflow id on the server.
    const runs = [];
    for await (const w of temporal.workflow.list({ query: `WorkflowId = '${program.workflowId}'` })) runs.push(w);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    // The run closes in its own workflow task right after the final projection.
    const desc = await eventually(async () => {
      const d = await temporal.workflow.getHandle(program.workflowId).describe();
      return d.status.name === 'COMPLETED' ? d : null;
    });
    expect(desc.status.name).toBe('COMPLETED');

    const visitsAfter = await s.pm.get('/visits', { filter: { programId: program.id } });
    expect(visitsAfter.headers.get('content-range')).toBe('visits 0-3/4');
    // The mentor sees the CSO now; another mentor does not.
    expect((await s.mentor.get(`/organizations/${orgId}`)).status).toBe(200);
    expect((await s.mentor2.get(`/organizations/${orgId}`)).status).toBe(403);
    expect((await s.mentor2.get('/programs')).body).toEqual([]);
  });
});
