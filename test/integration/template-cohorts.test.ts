/**
 * Designed program types in the manager's everyday tools, on the real servers (issue 10, part 5):
 * a cohort balanced among the mentors of that type, flagging a CSO that already runs it and
 * starting the rest on the latest published version; bulk pause/resume/withdraw and close-stage;
 * the dashboards and the inbox; a read-model repair of a template program; and the template
 * migration's `down`, which refuses while template programs exist.
 */
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../../api/database/data-source-options';
import { runMigrations } from '../../api/database/run-migrations';
import { repairReadModel } from '../../api/programs/read-model-repair';
import type { TemplateDefinition } from '../../workflows/templates/language';
import { createTestDatabase, sql } from '../support/database';
import { LOGINS } from '../support/demo';
import { createOrg, openTask } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';
import { gmiTemplate } from '../unit/template-fixtures';

const s = signedInSuite();

async function publish(key: string, def: TemplateDefinition, create = true) {
  if (create) expect((await s.admin.post('/program-templates', { key, name: def.name })).status).toBe(201);
  const saved = await s.admin.put(`/program-templates/${key}/draft`, { definition: def });
  expect(saved.body.errors).toEqual([]);
  const r = await s.admin.post(`/program-templates/${key}/publish`);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.version as number;
}

const program = async (id: string) => {
  const r = await s.pm.get(`/programs/${id}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};
const KEY = 'gmi-cohort';
/** Programs of the cohort, by organisation label. */
const started: Record<string, string> = {};
let builtIn: string;

describe('cohort start of a designed type', () => {
  it('balances among the mentors of the type, flags a CSO already running it, starts the rest on the latest version', async () => {
    await publish(KEY, gmiTemplate());
    // mentor1 and mentor2 mentor the designed type; the other mentors do not.
    for (const email of [LOGINS.mentor, LOGINS.mentor2]) {
      const r = await s.admin.put(`/users/${s.users[email]}`, { programTypes: ['institutional', KEY] });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    const mentorsOfType = (await s.pm.get('/users', { filter: { role: 'mentor', isActive: true, programType: KEY } })).body.map(
      (u: { id: string }) => u.id,
    );
    expect(mentorsOfType.sort()).toEqual([s.users[LOGINS.mentor], s.users[LOGINS.mentor2]].sort());

    // One CSO already runs the type (on version 1).
    const running = await createOrg(s.pm, 'Zaten Yürüyor');
    const first = await s.pm.post('/programs', {
      organizationId: running,
      type: KEY,
      mentorId: s.users[LOGINS.mentor],
      genderExpertId: s.users[LOGINS.gender],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.template.version).toBe(1);
    // Version 2 is published: the cohort starts on it.
    const v2 = gmiTemplate();
    v2.stages[0].tasks[0].name = { en: 'Practice review v2', tr: 'Uygulama incelemesi v2' };
    expect(await publish(KEY, v2, false)).toBe(2);

    const orgs = { A: await createOrg(s.pm, 'Kohort A'), B: await createOrg(s.pm, 'Kohort B'), C: await createOrg(s.pm, 'Kohort C') };
    const plan = await s.pm.post('/programs/cohort/plan', { type: KEY, organizationIds: [running, orgs.A, orgs.B, orgs.C] });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    const [flagged, ...rest] = plan.body.assignments;
    expect(flagged).toMatchObject({ organizationId: running, mentorId: null, alreadyRunning: { programId: first.body.id } });
    // Only the type's mentors, balanced: mentor1 already has one, so the three new ones end 2 and 2.
    expect(rest.every((a: { mentorId: string }) => mentorsOfType.includes(a.mentorId))).toBe(true);
    const loads = Object.fromEntries(plan.body.loads.map((l: { mentorId: string; programs: number }) => [l.mentorId, l.programs]));
    expect(loads).toEqual({ [s.users[LOGINS.mentor]]: 2, [s.users[LOGINS.mentor2]]: 2 });

    // Without the gender expert the type asks for, every item is refused, naming the field.
    const noExpert = await s.pm.post('/programs/cohort', { type: KEY, items: [{ organizationId: orgs.A, mentorId: rest[0].mentorId }] });
    expect(noExpert.body.results[0]).toMatchObject({ ok: false, statusCode: 400 });
    expect(noExpert.body.results[0].message).toMatch(/genderExpertId/);

    // Start: the running one is refused (had the manager forced it), the others start on v2.
    const items = [
      { organizationId: running, mentorId: s.users[LOGINS.mentor] },
      ...rest.map((a: { organizationId: string; mentorId: string }) => ({ organizationId: a.organizationId, mentorId: a.mentorId })),
    ];
    const cohort = await s.pm.post('/programs/cohort', { type: KEY, genderExpertId: s.users[LOGINS.gender], items });
    expect(cohort.status, JSON.stringify(cohort.body)).toBe(200);
    expect(cohort.body).toMatchObject({ started: 3, failed: 1 });
    expect(cohort.body.results[0]).toMatchObject({ organizationId: running, ok: false, statusCode: 409 });
    expect(cohort.body.results[0].message).toMatch(/already has an active gmi-cohort program/);
    for (const [label, id] of Object.entries(orgs)) {
      const result = cohort.body.results.find((r: { organizationId: string }) => r.organizationId === id);
      const p = await program(result.programId);
      expect(p).toMatchObject({
        type: KEY,
        organizationId: id,
        template: { key: KEY, version: 2 },
        genderExpertId: s.users[LOGINS.gender],
      });
      started[label] = p.id;
    }
    // Each started program runs v2's first task for its own mentor.
    const task = await openTask(s.pm, started.A, 'practice_review');
    expect((await s.pm.get(`/tasks/${task.id}`)).body.taskName.en).toBe('Practice review v2');
    const audit = await s.admin.get('/audit', { filter: { targetId: started.A, action: 'program.start' } });
    expect(audit.body[0].details).toMatchObject({ templateKey: KEY, templateVersion: 2 });
  });
});

describe('dashboards and the inbox', () => {
  it('list the designed tasks and programs for each role', async () => {
    const b = await program(started.B);
    const reviewer = b.mentorId === s.users[LOGINS.mentor] ? s.mentor : s.mentor2;
    const task = await openTask(reviewer, started.B, 'practice_review');
    // The mentor's inbox and dashboard, the gender expert's, the manager's.
    expect(
      (await reviewer.get('/tasks', { filter: { status: 'open', type: 'practice_review' } })).body.map((t: { id: string }) => t.id),
    ).toContain(task.id);
    const due = (await reviewer.get('/dashboard')).body.dueTasks.find((t: { id: string }) => t.id === task.id);
    expect(due).toMatchObject({ programType: KEY, taskName: { en: 'Practice review v2' } });
    const portfolio = (await reviewer.get('/dashboard')).body.portfolio.find((p: { id: string }) => p.id === started.B);
    expect(portfolio).toMatchObject({ type: KEY, stage: 'review', stageName: { en: expect.stringContaining('Review') } });
    const genderTask = await openTask(s.gender, started.B, 'gender_review');
    const genderDashboard = (await s.gender.get('/dashboard')).body;
    expect(genderDashboard.templateTasks.map((t: { id: string }) => t.id)).toContain(genderTask.id);
    expect(genderDashboard.templateTasks.find((t: { id: string }) => t.id === genderTask.id)).toMatchObject({
      programType: KEY,
      taskName: { en: 'Gender review' },
    });
    const managerDashboard = (await s.pm.get('/dashboard')).body;
    expect(managerDashboard.programsByStage[KEY]).toEqual({ review: 4 });
    // The inbox's type filter offers the designed task types each person has, by name.
    const reviewerTypes = (await reviewer.get('/tasks/types')).body;
    expect(reviewerTypes).toContainEqual({ id: 'practice_review', name: expect.objectContaining({ en: 'Practice review v2' }) });
    expect(reviewerTypes.map((t: { id: string }) => t.id)).not.toContain('gender_review');
    expect((await s.gender.get('/tasks/types')).body.map((t: { id: string }) => t.id)).toEqual(['gender_review']);
  });
});

describe('bulk controls over designed programs', () => {
  it('pause, resume, close-stage and withdraw a selection, each program answered on its own', async () => {
    builtIn = (
      await s.pm.post('/programs', {
        organizationId: await createOrg(s.pm, 'Yerleşik'),
        type: 'advocacy',
        mentorId: s.users[LOGINS.mentor],
      })
    ).body.id;
    expect(builtIn).toBeTruthy();
    const ids = [started.A, started.B, started.C];

    const paused = await s.pm.post('/programs/signals/pause', { ids, reason: 'Holiday break' });
    expect(paused.status, JSON.stringify(paused.body)).toBe(200);
    expect(paused.body).toMatchObject({ accepted: 3, refused: 0 });
    for (const id of ids) await eventually(async () => (await program(id)).status === 'paused');
    const resumed = await s.pm.post('/programs/signals/resume', { ids });
    expect(resumed.body).toMatchObject({ accepted: 3, refused: 0 });
    for (const id of ids) await eventually(async () => (await program(id)).status === 'active');

    // Nothing is closable while each program is in its first stage (no manager close there).
    const tooEarly = await s.pm.post('/programs/signals/close-stage', { ids, stageId: 'review' });
    expect(tooEarly.body).toMatchObject({ accepted: 0, refused: 3 });
    expect(tooEarly.body.results.every((r: { statusCode: number }) => r.statusCode === 409)).toBe(true);

    // A and B reach the meetings stage (the manager may close it); C stays in review.
    for (const label of ['A', 'B']) {
      const p = await program(started[label]);
      const who = p.mentorId === s.users[LOGINS.mentor] ? s.mentor : s.mentor2;
      const review = await openTask(who, p.id, 'practice_review');
      expect((await who.post(`/tasks/${review.id}/complete`, { score: 6, summary: 'Half of the practices written down' })).status).toBe(
        200,
      );
      const g = await openTask(s.gender, p.id, 'gender_review');
      expect((await s.gender.post(`/tasks/${g.id}/complete`, { rating: 'low' })).status).toBe(200);
      await eventually(async () => (await program(p.id)).stage === 'meetings');
    }
    const close = await s.pm.post('/programs/signals/close-stage', { ids: [...ids, builtIn], stageId: 'meetings' });
    expect(close.status, JSON.stringify(close.body)).toBe(200);
    expect(close.body).toMatchObject({ accepted: 2, refused: 2 });
    const byId = new Map(close.body.results.map((r: { programId: string }) => [r.programId, r]));
    expect(byId.get(started.A)).toMatchObject({ ok: true });
    expect(byId.get(started.B)).toMatchObject({ ok: true });
    expect(byId.get(started.C)).toMatchObject({ ok: false, statusCode: 409 });
    expect(byId.get(builtIn)).toMatchObject({ ok: false, statusCode: 409 });
    expect((byId.get(builtIn) as { message: string }).message).toMatch(/designed type/);
    // Meetings is the cycle's last stage: closing it starts cycle 2 in its first stage.
    for (const id of [started.A, started.B])
      await eventually(async () => ((p) => p.year === 2 && p.stage === 'review')(await program(id)), 30_000);
    expect((await program(started.C)).stage).toBe('review');
    // Each signal is audited per program, refusals included.
    const audited = await s.admin.get('/audit', { filter: { action: 'workflow.signal.close-stage', targetId: started.C } });
    expect(audited.body.map((a: { result: string }) => a.result)).toEqual(['rejected', 'rejected']);
    // A mentor may not send bulk controls; an empty stage id is a 400 naming it.
    expect((await s.mentor.post('/programs/signals/close-stage', { ids, stageId: 'meetings' })).status).toBe(403);
    expect((await s.pm.post('/programs/signals/close-stage', { ids })).body.errors).toHaveProperty('stageId');

    const withdrawn = await s.pm.post('/programs/signals/withdraw', { ids: [started.C], reason: 'Left the initiative' });
    expect(withdrawn.body).toMatchObject({ accepted: 1, refused: 0 });
    await eventually(async () => (await program(started.C)).status === 'withdrawn');
  });
});

describe('read-model repair of a template program', () => {
  it('re-projects a broken row from the workflow to what it was', async () => {
    const id = started.A;
    const before = await program(id);
    const tasksBefore = (await s.pm.get('/tasks', { filter: { programId: id }, sort: ['openedAt', 'ASC'], range: [0, 49] })).body;
    expect(before).toMatchObject({ stage: 'review', year: 2 });
    expect(before.openTaskCount).toBeGreaterThan(0);
    // Break the row and one of its tasks.
    await sql(
      s.stack.env.DATABASE_URL,
      `UPDATE programs SET stage = 'meetings', status = 'paused', open_task_count = 0, details = '{}'::jsonb WHERE id = $1`,
      [id],
    );
    const open = tasksBefore.find((t: { status: string }) => t.status === 'open');
    await sql(s.stack.env.DATABASE_URL, `UPDATE tasks SET status = 'cancelled' WHERE id = $1`, [open.id]);
    const broken = await program(id);
    expect(broken).toMatchObject({ stage: 'meetings', status: 'paused', openTaskCount: 0 });

    const [result] = await repairReadModel({ env: s.stack.env, programIds: [id], log: () => undefined });
    expect(result).toMatchObject({ programId: id, workflowId: before.workflowId });
    expect(result.facts).toBeGreaterThan(0);
    const after = await program(id);
    const pick = (p: Record<string, unknown>) => ({
      stage: p.stage,
      status: p.status,
      year: p.year,
      openTaskCount: p.openTaskCount,
      overdueTaskCount: p.overdueTaskCount,
      mentorId: p.mentorId,
      genderExpertId: p.genderExpertId,
      template: p.template,
      figures: (p.details as { figures?: unknown }).figures,
    });
    expect(pick(after)).toEqual(pick(before));
    const tasksAfter = (await s.pm.get('/tasks', { filter: { programId: id }, sort: ['openedAt', 'ASC'], range: [0, 49] })).body;
    const shape = (ts: { id: string; type: string; status: string; dueAt: string }[]) =>
      ts.map((t) => ({ id: t.id, type: t.type, status: t.status, dueAt: t.dueAt }));
    expect(shape(tasksAfter)).toEqual(shape(tasksBefore));
    expect(after.readModelError).toBeNull();
  });
});

describe('the template migration going down', () => {
  it('refuses while template programs exist, changing nothing; without them it goes down and up again', async () => {
    // This file's database holds template programs (the cohort above): stop using it first.
    await s.stack.close();
    const withPrograms = new DataSource(dataSourceOptions(s.stack.env.DATABASE_URL));
    await withPrograms.initialize();
    try {
      // Down to (and including) the template migration, newest first.
      let refusal: Error | null = null;
      while (!refusal && (await withPrograms.query(`SELECT 1 FROM migrations WHERE name = 'ProgramTemplates1765400000000'`)).length) {
        await withPrograms.undoLastMigration({ transaction: 'each' }).catch((err: Error) => (refusal = err));
      }
      expect(refusal).not.toBeNull();
      expect(refusal!.message).toMatch(
        /Cannot revert ProgramTemplates1765400000000: 4 program\(s\) of designed types exist \(gmi-cohort: 4\)/,
      );
      expect(refusal!.message).toMatch(/nothing was changed/);
      const [{ n }] = await withPrograms.query(`SELECT count(*)::int AS n FROM programs WHERE type = $1`, [KEY]);
      expect(n).toBe(4);
      expect((await withPrograms.query(`SELECT count(*)::int AS n FROM program_template_versions`))[0].n).toBe(2);
      expect((await withPrograms.query(`SELECT 1 FROM migrations WHERE name = 'ProgramTemplates1765400000000'`)).length).toBe(1);
    } finally {
      await withPrograms.destroy();
    }

    // A database with a designed type but no program of it goes down, then up again.
    const url = await createTestDatabase(s.stack.env.DATABASE_URL, `t_tpl_down_${process.pid}`);
    await sql(url, `INSERT INTO program_templates (key, name) VALUES ('gmi-design', '{"en":"Design","tr":"Tasarım"}')`);
    const ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    try {
      while ((await ds.query(`SELECT 1 FROM migrations WHERE name = 'ProgramTemplates1765400000000'`)).length)
        await ds.undoLastMigration({ transaction: 'each' });
      expect((await ds.query(`SELECT to_regclass('program_templates') AS t`))[0].t).toBeNull();
      const [check] = await ds.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'programs_type_check'`);
      expect(check.def).toMatch(/institutional.*advocacy/);
    } finally {
      await ds.destroy();
    }
    const reapplied = await runMigrations(url);
    expect(reapplied).toContain('ProgramTemplates1765400000000');
    expect((await sql(url, `SELECT to_regclass('program_templates') AS t`))[0].t).toBe('program_templates');
  });
});
