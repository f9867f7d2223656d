/**
 * Program types designed as data (issue 10) through the HTTP API on the real servers: publishing
 * refusals that name their places, a full template program with second-long timers (bad and good
 * submissions, records, a timer-opened task, a reminder, a FEEL-conditioned stage end, a manager
 * close, a cycle end with continue-as-new, completion), versioning, idempotent records, access and
 * the generic report.
 */
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../../workflows/templates/language';
import { LOGINS } from '../support/demo';
import { completeOpen, createOrg, openTask } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';
import { gmiTemplate, type FixtureDurations } from '../unit/template-fixtures';

const s = signedInSuite();
let connection: Connection;
let temporal: Client;

beforeAll(async () => {
  connection = await Connection.connect({ address: s.stack.env.TEMPORAL_ADDRESS });
  temporal = new Client({ connection, namespace: s.stack.env.TEMPORAL_NAMESPACE });
});
afterAll(async () => {
  await connection?.close();
});

/** Meetings stage: joint action opens after 1 s, a reminder 2 s after the last meeting, the timer end far away. */
const SECONDS: FixtureDurations = {
  due: { amount: 30, unit: 'seconds' },
  reminder: { amount: 2, unit: 'seconds' },
  openJoint: { amount: 1, unit: 'seconds' },
  stageEnd: { amount: 10, unit: 'minutes' },
};

/** Creates a type and publishes a definition as its next version. */
async function publish(key: string, def: TemplateDefinition, create = true) {
  if (create) expect((await s.admin.post('/program-templates', { key, name: def.name })).status).toBe(201);
  const saved = await s.admin.put(`/program-templates/${key}/draft`, { definition: def });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect(saved.body.errors).toEqual([]);
  const r = await s.admin.post(`/program-templates/${key}/publish`);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { version: number; changes: string[] };
}

async function start(key: string, label: string) {
  const r = await s.pm.post('/programs', {
    organizationId: await createOrg(s.pm, label),
    type: key,
    mentorId: s.users[LOGINS.mentor],
    genderExpertId: s.users[LOGINS.gender],
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; workflowId: string; type: string; template: { key: string; version: number; versionId: string } };
}

async function program(id: string) {
  const r = await s.pm.get(`/programs/${id}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}
const meeting = (attendees = 12) => ({ date: '2026-11-20', attendees, notes: 'Reviewed the HR policy' });

describe('program templates: publishing', () => {
  it('creates types (admins only), keeps drafts that fail the checks, and refuses to publish naming each place', async () => {
    const def = gmiTemplate(SECONDS);
    expect((await s.pm.post('/program-templates', { key: 'gmi-refused', name: def.name })).status).toBe(403);
    expect((await s.admin.post('/program-templates', { key: 'institutional', name: def.name })).body.errors).toHaveProperty('key');
    expect((await s.admin.post('/program-templates', { key: 'Bad Key', name: def.name })).body.errors).toHaveProperty('key');
    expect(Object.keys((await s.admin.post('/program-templates', { key: 'gmi-refused', name: { en: 'x' } })).body.errors)).toContain(
      'name.tr',
    );
    const created = await s.admin.post('/program-templates', { key: 'gmi-refused', name: def.name });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ id: 'gmi-refused', key: 'gmi-refused', versions: [], draft: { definition: { stages: [] } } });
    expect((await s.admin.post('/program-templates', { key: 'gmi-refused', name: def.name })).status).toBe(409);

    const bad = JSON.parse(JSON.stringify(def)) as TemplateDefinition & Record<string, any>;
    delete (bad.stages[0].tasks[0] as any).role;
    bad.stages[0].next = [{ to: 'end' }];
    bad.figures[0].expression = 'count(records.meeting';
    bad.figures[1].expression = 'tasks.practice_review.nope + 1';
    const saved = await s.admin.put('/program-templates/gmi-refused/draft', { definition: bad });
    expect(saved.status).toBe(200);
    const paths = saved.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['stages[0].tasks[0].role', 'stages[1]', 'figures[0].expression', 'figures[1].expression']),
    );

    const refused = await s.admin.post('/program-templates/gmi-refused/publish');
    expect(refused.status).toBe(400);
    expect(refused.body.errors['stages[0].tasks[0].role']).toMatch(/needs a role/);
    expect(refused.body.errors['stages[1]']).toBe('The stage meetings cannot be reached from the first stage');
    expect(refused.body.errors['figures[0].expression']).toMatch(/does not parse/);
    expect(refused.body.errors['figures[1].expression']).toMatch(/has no field nope/);
    // Nothing was published; the refusal is audited; a draft that is not an object is a 400.
    expect((await s.pm.get('/program-templates/gmi-refused')).body.versions).toEqual([]);
    expect((await s.admin.get('/program-templates/gmi-refused/versions/1')).status).toBe(404);
    const audit = await s.admin.get('/audit', { filter: { targetId: 'gmi-refused', action: 'program_template.publish' } });
    expect(audit.body.map((a: { result: string }) => a.result)).toEqual(['rejected']);
    expect((await s.admin.put('/program-templates/gmi-refused/draft', { definition: [1] })).body.errors).toHaveProperty('definition');
    // A type without a published version cannot start; neither can an unknown key.
    const notPublished = await s.pm.post('/programs', {
      organizationId: await createOrg(s.pm, 'Unpublished'),
      type: 'gmi-refused',
      mentorId: s.users[LOGINS.mentor],
    });
    expect(notPublished.status).toBe(400);
    expect(notPublished.body.errors.type).toMatch(/no published version/);
    expect(
      (
        await s.pm.post('/programs', {
          organizationId: await createOrg(s.pm, 'Unknown'),
          type: 'no-such-type',
          mentorId: s.users[LOGINS.mentor],
        })
      ).body.errors.type,
    ).toMatch(/designed program type's key/);
    expect((await s.mentor.get('/program-templates')).status).toBe(403);
  });
});

describe('program templates: a full program', () => {
  it('runs two cycles: forms checked, records, a timer-opened task, a reminder, a condition end, continue-as-new, a manager close, completion', async () => {
    const v1 = await publish('gmi-full', gmiTemplate(SECONDS));
    expect(v1.version).toBe(1);
    const p = await start('gmi-full', 'Kadın Dayanışma');
    expect(p).toMatchObject({ type: 'gmi-full', template: { key: 'gmi-full', version: 1 } });
    expect((await program(p.id)).template).toEqual(p.template);
    const firstRun = (await temporal.workflow.getHandle(p.workflowId).describe()).runId;

    // The mentor's task: a bad submission names each field and changes nothing.
    const review = await openTask(s.mentor, p.id, 'practice_review');
    const shown = (await s.mentor.get(`/tasks/${review.id}`)).body;
    expect(shown.taskName).toEqual({ en: 'Practice review', tr: 'Practice review (tr)' });
    expect(shown.form.schema.components.map((c: { key?: string }) => c.key).filter(Boolean)).toEqual(['score', 'summary', 'areas']);
    // The inbox and the dashboards name designed tasks as designed.
    expect(
      (await s.mentor.get('/tasks', { filter: { programId: p.id, status: 'open', type: 'practice_review' } })).body[0].taskName.en,
    ).toBe('Practice review');
    expect((await s.mentor.get('/dashboard')).body.dueTasks.find((t: { id: string }) => t.id === review.id)).toMatchObject({
      programType: 'gmi-full',
      taskName: { en: 'Practice review' },
    });
    expect((await s.pm.get('/dashboard')).body.programsByStage['gmi-full']).toEqual({ review: 1 });
    const badReview = await s.mentor.post(`/tasks/${review.id}/complete`, { score: 11, areas: ['nope'] });
    expect(badReview.status).toBe(400);
    expect(Object.keys(badReview.body.errors).sort()).toEqual(['areas', 'score', 'summary']);
    expect((await s.mentor.get(`/tasks/${review.id}`)).body.status).toBe('open');
    // Only the assignee: the gender expert cannot see the mentor's task, the other mentor neither.
    expect((await s.gender.get(`/tasks/${review.id}`)).status).toBe(403);
    expect((await s.mentor2.get(`/programs/${p.id}`)).status).toBe(403);
    // Records are refused while the stage does not allow them.
    expect((await s.mentor.post(`/programs/${p.id}/records`, { kind: 'meeting', data: meeting() })).status).toBe(409);
    await completeOpen(s.mentor, p.id, 'practice_review', { score: 7, summary: 'Policies exist, practice lags', areas: ['policy'] });

    // The gender expert's task, bad then good.
    const gtask = await openTask(s.gender, p.id, 'gender_review');
    const badGender = await s.gender.post(`/tasks/${gtask.id}/complete`, { rating: 'medium' });
    expect(badGender.status).toBe(400);
    expect(Object.keys(badGender.body.errors)).toEqual(['rating']);
    await completeOpen(s.gender, p.id, 'gender_review', { rating: 'high', findings: 'Gender focal point appointed' });
    expect((await s.gender.get('/dashboard')).body.templateTasks).toEqual([]);

    // Meetings: the timer opens the joint action, the reminder comes, records are checked and added.
    await eventually(async () => (await program(p.id)).stage === 'meetings');
    const joint = await openTask(s.mentor, p.id, 'joint_action');
    expect(joint.type).toBe('joint_action');
    const reminder = await eventually(
      async () => (await s.mentor.get('/notifications', { filter: { type: 'template_reminder', programId: p.id } })).body[0],
      20_000,
    );
    expect(reminder.params.message).toEqual({ en: 'No meeting for a while', tr: 'No meeting for a while (tr)' });
    const badMeeting = await s.mentor.post(`/programs/${p.id}/records`, { kind: 'meeting', data: { attendees: 900 } });
    expect(badMeeting.status).toBe(400);
    expect(Object.keys(badMeeting.body.errors).sort()).toEqual(['attendees', 'date']);
    expect((await s.mentor.post(`/programs/${p.id}/records`, { kind: 'visit', data: {} })).body.errors).toHaveProperty('kind');
    // Another mentor may not add one; the program's gender expert may (the kind's addedBy).
    expect((await s.mentor2.post(`/programs/${p.id}/records`, { kind: 'meeting', data: meeting() })).status).toBe(403);
    expect((await s.pm.post(`/programs/${p.id}/records`, { kind: 'meeting', data: meeting() })).status).toBe(403);
    const byGender = await s.gender.post(`/programs/${p.id}/records`, { kind: 'meeting', data: meeting(8) });
    expect(byGender.status, JSON.stringify(byGender.body)).toBe(201);
    expect(byGender.body).toMatchObject({ kind: 'meeting', year: 1, stageId: 'meetings', data: meeting(8) });

    // Idempotent: the same key twice adds one record and answers the same id.
    const key = `rec-${Date.now()}`;
    const send = () =>
      s.mentor.request('POST', `/programs/${p.id}/records`, {
        body: { kind: 'meeting', data: meeting(10) },
        headers: { 'Idempotency-Key': key },
      });
    const [a, b] = [await send(), await send()];
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    const listed = await s.mentor.get(`/programs/${p.id}/records`);
    expect(listed.body).toHaveLength(2);
    expect(listed.headers.get('content-range')).toBe('records 0-1/2');
    expect((await s.mentor2.get(`/programs/${p.id}/records`)).status).toBe(403);

    // Figures follow the records; the condition (6 meetings) ends the stage and so the cycle.
    await eventually(async () => (await program(p.id)).details.figures?.meetings === 2);
    for (let i = 0; i < 3; i++)
      expect((await s.mentor.post(`/programs/${p.id}/records`, { kind: 'meeting', data: meeting(20) })).status).toBe(201);
    expect((await program(p.id)).stage).toBe('meetings');
    expect((await s.mentor.post(`/programs/${p.id}/records`, { kind: 'meeting', data: meeting(20) })).status).toBe(201);

    // Cycle 2 in a new run (continue-as-new), the same version, figures of the new cycle.
    const second = await eventually(async () => {
      const x = await program(p.id);
      return x.year === 2 && x.stage === 'review' ? x : null;
    }, 30_000);
    expect(second.template.version).toBe(1);
    expect((await temporal.workflow.getHandle(p.workflowId).describe()).runId).not.toBe(firstRun);
    expect((await s.pm.get('/tasks', { filter: { programId: p.id, type: 'joint_action', year: 1 } })).body[0].status).not.toBe('open');
    // A manager may close only a stage with that rule, and only the current one.
    expect((await s.pm.post(`/programs/${p.id}/signals/close-stage`, { stageId: 'review' })).status).toBe(409);
    expect((await s.pm.post(`/programs/${p.id}/signals/close-stage`, { stageId: 'meetings' })).status).toBe(409);
    expect((await s.pm.post(`/programs/${p.id}/signals/close-stage`, {})).body.errors).toHaveProperty('stageId');
    expect((await s.mentor.post(`/programs/${p.id}/signals/close-stage`, { stageId: 'meetings' })).status).toBe(403);

    await completeOpen(
      s.mentor,
      p.id,
      'practice_review',
      { score: 9, summary: 'Practice caught up', areas: ['policy', 'staff'] },
      { year: 2 },
    );
    await completeOpen(s.gender, p.id, 'gender_review', { rating: 'high' }, { year: 2 });
    await eventually(async () => (await program(p.id)).stage === 'meetings');
    expect((await s.mentor.post(`/programs/${p.id}/records`, { kind: 'meeting', data: meeting(30) })).status).toBe(201);
    const close = await s.pm.post(`/programs/${p.id}/signals/close-stage`, { stageId: 'meetings' });
    expect(close.status, JSON.stringify(close.body)).toBe(202);
    const done = await eventually(async () => {
      const x = await program(p.id);
      return x.status === 'completed' ? x : null;
    }, 30_000);
    expect(done.stage).toBe('completed');
    // The run closes in a workflow task of its own after the completion is projected.
    await eventually(async () => (await temporal.workflow.getHandle(p.workflowId).describe()).status.name === 'COMPLETED');
    const audit = await s.admin.get('/audit', { filter: { targetId: p.id, action: 'workflow.signal.close-stage' } });
    expect(audit.body.map((x: { result: string }) => x.result).sort()).toEqual(['ok', 'rejected', 'rejected']);

    // The generic report and its CSV.
    const report = await s.pm.get('/reports/templates/gmi-full');
    expect(report.status).toBe(200);
    expect(report.body.programsByStage.find((s: { stage: string }) => s.stage === 'completed')).toMatchObject({
      count: 1,
      name: { en: 'Completed' },
    });
    expect(report.body.recordsByKind).toEqual([{ kind: 'meeting', name: { en: 'Meeting', tr: 'Meeting (tr)' }, count: 7 }]);
    expect(report.body.tasks.done).toBe(4);
    expect(report.body.tasks.open).toBe(0);
    const meetingsFigure = report.body.figures.find((f: { id: string }) => f.id === 'meetings');
    expect(meetingsFigure).toMatchObject({ n: 1, average: 1 });
    expect((await s.mentor.get('/reports/templates/gmi-full')).status).toBe(403);
    expect((await s.pm.get('/reports/templates/no-such-type')).status).toBe(404);
    const csv = await s.pm.get('/reports/templates/gmi-full.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (csv.body as string).trim().split('\n');
    expect(lines[0]).toBe(
      'programId,organization,mentor,status,stage,cycle,version,startDate,tasksDone,tasksOpen,tasksOverdue,records.meeting,figures.meetings,figures.avg_attendance,figures.score',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${p.id},Kadın Dayanışma`);
    expect(lines[1]).toMatch(/,completed,completed,2,1,\d{4}-\d\d-\d\d,4,0,0,7,1,30,0\.9$/);
    expect((await s.pm.get('/reports/templates/gmi-full', { format: 'csv' })).body).toBe(csv.body);
  });
});

describe('program templates: versions', () => {
  it('keeps a running program on its version when a new one is published; new programs get the new one', async () => {
    const v1def = gmiTemplate(SECONDS);
    await publish('gmi-versions', v1def);
    const old = await start('gmi-versions', 'Eski Sürüm');

    const v2def = gmiTemplate(SECONDS);
    v2def.stages[0].tasks[0].name = { en: 'Review of practices', tr: 'Uygulamaların gözden geçirilmesi' };
    v2def.stages[0].tasks[0].form.schema.components.push({ type: 'textfield', key: 'owner', label: 'Owner', validate: { required: true } });
    v2def.stages[0].tasks[0].form.tr.owner = { label: 'Sorumlu' };
    const v2 = await publish('gmi-versions', v2def, false);
    expect(v2.version).toBe(2);
    expect(v2.changes.length).toBeGreaterThan(0);
    const fresh = await start('gmi-versions', 'Yeni Sürüm');
    expect(old.template.version).toBe(1);
    expect(fresh.template.version).toBe(2);
    expect((await program(old.id)).template.version).toBe(1);

    const type = (await s.pm.get('/program-templates/gmi-versions')).body;
    expect(type.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(type.versions[0].changes).toEqual(v2.changes);
    const listed = (await s.pm.get('/program-templates')).body.find((t: { key: string }) => t.key === 'gmi-versions');
    expect(listed).toMatchObject({ id: 'gmi-versions', latestVersion: 2, hasDraft: true, programCount: 2 });
    const v1 = (await s.mentor.get('/program-templates/gmi-versions/versions/1')).body;
    expect(v1).toMatchObject({ version: 1, key: 'gmi-versions', id: old.template.versionId });
    expect(v1.compiled.definition.stages[0].tasks[0].name.en).toBe('Practice review');

    // Each program's form is its own version's: v1 has no owner field, v2 requires it.
    const oldTask = await openTask(s.mentor, old.id, 'practice_review');
    const freshTask = await openTask(s.mentor, fresh.id, 'practice_review');
    expect((await s.mentor.get(`/tasks/${oldTask.id}`)).body.taskName.en).toBe('Practice review');
    expect((await s.mentor.get(`/tasks/${freshTask.id}`)).body.taskName.en).toBe('Review of practices');
    const data = { score: 5, summary: 'Halfway there' };
    const refused = await s.mentor.post(`/tasks/${freshTask.id}/complete`, data);
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.errors)).toEqual(['owner']);
    expect((await s.mentor.post(`/tasks/${oldTask.id}/complete`, data)).status).toBe(200);
    expect((await s.mentor.post(`/tasks/${freshTask.id}/complete`, { ...data, owner: 'Ayla' })).status).toBe(200);

    // Lists filter by the designed key and its task ids; cohort start takes the key.
    const byType = await s.pm.get('/programs', { filter: { type: 'gmi-versions' } });
    expect(byType.body.map((x: { id: string }) => x.id).sort()).toEqual([old.id, fresh.id].sort());
    expect((await s.pm.get('/tasks', { filter: { type: 'gender_review', programId: old.id } })).status).toBe(200);
    expect((await s.pm.get('/programs', { filter: { type: 'gmi-nowhere' } })).status).toBe(400);
    // People mentor designed types too: the cohort plan balances among them.
    expect((await s.admin.put(`/users/${s.users[LOGINS.mentor2]}`, { programTypes: ['institutional', 'gmi-versions'] })).status).toBe(200);
    expect((await s.admin.put(`/users/${s.users[LOGINS.mentor2]}`, { programTypes: ['gmi-unknown'] })).body.errors).toHaveProperty(
      'programTypes',
    );
    expect((await s.pm.get('/users', { filter: { programType: 'gmi-versions' } })).body.map((u: { id: string }) => u.id)).toEqual([
      s.users[LOGINS.mentor2],
    ]);
    const cohortOrg = await createOrg(s.pm, 'Kohort');
    const plan = await s.pm.post('/programs/cohort/plan', { type: 'gmi-versions', organizationIds: [cohortOrg] });
    expect(plan.body.assignments).toMatchObject([{ organizationId: cohortOrg, mentorId: s.users[LOGINS.mentor2] }]);
    const cohort = await s.pm.post('/programs/cohort', {
      type: 'gmi-versions',
      genderExpertId: s.users[LOGINS.gender],
      items: [{ organizationId: cohortOrg, mentorId: s.users[LOGINS.mentor2] }],
    });
    expect(cohort.status, JSON.stringify(cohort.body)).toBe(200);
    expect(cohort.body.started).toBe(1);
    expect((await program(cohort.body.results[0].programId)).template.version).toBe(2);
    // Designed types need the gender expert their definition asks for.
    const noGender = await s.pm.post('/programs', {
      organizationId: await createOrg(s.pm, 'Uzman Yok'),
      type: 'gmi-versions',
      mentorId: s.users[LOGINS.mentor],
    });
    expect(noGender.body.errors).toHaveProperty('genderExpertId');
  });
});
