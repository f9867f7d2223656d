/**
 * Bad input to the institutional program: each gets a clear 4xx naming the problem, and neither
 * the workflow nor the read model changes. Rejections are written to the audit log.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOGINS } from '../support/demo';
import * as data from '../support/institutional-data';
import { openTask, startInstitutional, institutionalBody } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: data.FAST });
});

async function liveVersion(programId: string) {
  const r = await s.pm.get(`/programs/${programId}`);
  return { version: r.body.live.stateVersion as number, history: r.body.live.history.length as number, stage: r.body.stage as string };
}

describe('task completion is validated before anything is written', () => {
  let program: { id: string; workflowId: string };
  let task: { id: string };
  beforeAll(async () => {
    program = await startInstitutional(s.pm, s.users, 'Rules');
    task = await openTask(s.mentor, program.id, 'self_assessment');
  });

  const cases: [string, (d: ReturnType<typeof data.selfAssessment>) => unknown, string[]][] = [
    [
      'a missing element',
      (d) => {
        delete (d.elements as Record<string, unknown>).governance;
        return d;
      },
      ['elements.governance'],
    ],
    [
      'a grade outside the scale',
      (d) => {
        d.elements.results.grade = 7;
        d.principles.benefit = 0;
        return d;
      },
      ['elements.results.grade', 'principles.benefit'],
    ],
    [
      'too few participants from one position',
      (d) => {
        d.participants = [
          { name: 'A', position: 'Staff' },
          { name: 'B', position: 'staff' },
          { name: 'C', position: 'Staff' },
        ];
        return d;
      },
      ['participants'],
    ],
    ['an unknown field and a bad date', (d) => ({ ...d, sessionDates: ['2027-13-45'], mood: 'great' }), ['mood', 'sessionDates.0']],
    // Refused by the API before the workflow sees it: every body must be a JSON object.
    ['a list instead of an object', () => [1, 2], ['body']],
  ];
  for (const [label, mutate, fields] of cases) {
    it(`rejects ${label} with 400 naming the fields`, async () => {
      const before = await liveVersion(program.id);
      const res = await s.mentor.post(`/tasks/${task.id}/complete`, mutate(data.selfAssessment()));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors).sort()).toEqual([...fields].sort());
      expect(await liveVersion(program.id)).toEqual(before);
      expect((await s.mentor.get(`/tasks/${task.id}`)).body.status).toBe('open');
    });
  }

  it('refuses the wrong role and another mentor (403), and writes the rejection to the audit log', async () => {
    expect((await s.gender.post(`/tasks/${task.id}/complete`, data.selfAssessment())).status).toBe(403);
    expect((await s.mentor2.post(`/tasks/${task.id}/complete`, data.selfAssessment())).status).toBe(403);
    expect((await s.pm.post(`/tasks/${task.id}/complete`, data.selfAssessment())).status).toBe(403);
    const rows = await s.db.query(
      `SELECT result, details FROM audit_log WHERE target_id = $1 AND action LIKE 'workflow.update.completeTask%' ORDER BY at`,
      [program.id],
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((r: { result: string }) => r.result === 'rejected')).toBe(true);
  });

  it('completes once; completing twice is 409', async () => {
    expect((await s.mentor.post(`/tasks/${task.id}/complete`, data.selfAssessment())).status).toBe(200);
    const twice = await s.mentor.post(`/tasks/${task.id}/complete`, data.selfAssessment());
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/already completed/);
  });

  it('rejects an unknown study type and a plan without the gender item the report asked for', async () => {
    const gr = await openTask(s.gender, program.id, 'gender_report');
    const badReport = await s.gender.post(`/tasks/${gr.id}/complete`, { ...data.genderReport(), mainstreamingLevel: 'great' });
    expect(badReport.status).toBe(400);
    expect(Object.keys(badReport.body.errors)).toEqual(['mainstreamingLevel']);
    expect((await s.gender.post(`/tasks/${gr.id}/complete`, data.genderReport(true))).status).toBe(200);

    const ip = await openTask(s.mentor, program.id, 'improvement_plan');
    const plan = data.improvementPlan();
    plan.items[1].studyType = 'astrology' as never;
    const badType = await s.mentor.post(`/tasks/${ip.id}/complete`, plan);
    expect(badType.status).toBe(400);
    expect(Object.keys(badType.body.errors)).toEqual(['items.1.studyType']);
    const noGender = data.improvementPlan();
    noGender.items = noGender.items.filter((i) => i.studyType !== 'gender_mainstreaming');
    const missingGender = await s.mentor.post(`/tasks/${ip.id}/complete`, noGender);
    expect(missingGender.status).toBe(400);
    expect(missingGender.body.errors.items).toMatch(/gender/);
    expect((await s.mentor.get(`/tasks/${ip.id}`)).body.status).toBe('open');
  });

  it('rejects bad visits and refuses them from another mentor', async () => {
    const bad = await s.mentor.post(`/programs/${program.id}/visits`, {
      date: '2027-02-30',
      mode: 'pigeon',
      durationMinutes: 0,
      notes: '',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['date', 'durationMinutes', 'mode', 'notes']);
    expect(
      (await s.mentor2.post(`/programs/${program.id}/visits`, { date: '2027-02-03', mode: 'phone', durationMinutes: 30, notes: 'x' }))
        .status,
    ).toBe(403);
    expect((await s.pm.get('/visits', { filter: { programId: program.id } })).body).toEqual([]);
  });
});

describe('controls', () => {
  it('refuses tasks of a withdrawn program (409) and cancels its open tasks', async () => {
    const program = await startInstitutional(s.pm, s.users, 'Withdrawn');
    const task = await openTask(s.mentor, program.id, 'self_assessment');
    const noReason = await s.pm.post(`/programs/${program.id}/signals/withdraw`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toHaveProperty('reason');
    expect((await s.mentor.post(`/programs/${program.id}/signals/withdraw`, { reason: 'Mentors cannot' })).status).toBe(403);
    expect((await s.pm.post(`/programs/${program.id}/signals/withdraw`, { reason: 'The CSO closed down' })).status).toBe(202);
    await eventually(async () => (await s.pm.get(`/programs/${program.id}`)).body.status === 'withdrawn');
    const t = (await s.mentor.get(`/tasks/${task.id}`)).body;
    expect(t.status).toBe('cancelled');
    const res = await s.mentor.post(`/tasks/${task.id}/complete`, data.selfAssessment());
    expect(res.status).toBe(409);
    expect((await s.pm.post(`/programs/${program.id}/signals/resume`, {})).status).toBe(409);
    const p = (await s.pm.get(`/programs/${program.id}`)).body;
    expect(p).toMatchObject({ status: 'withdrawn', stage: 'withdrawn', withdrawnReason: 'The CSO closed down', openTaskCount: 0 });
    // A withdrawn program frees the organization for a new one.
    const restart = await s.pm.post('/programs', institutionalBody(s.users, { organizationId: p.organizationId }));
    expect(restart.status).toBe(201);
  });

  it('rejects unknown signals, bad program input and close-year outside implementation', async () => {
    const program = await startInstitutional(s.pm, s.users, 'Signals');
    expect((await s.pm.post(`/programs/${program.id}/signals/explode`, {})).status).toBe(404);
    expect((await s.pm.post(`/programs/${program.id}/signals/pause`, { reason: 'ok', extra: 1 })).status).toBe(400);
    const early = await s.pm.post(`/programs/${program.id}/signals/close-year`, {});
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/only during implementation/);
    const bad = await s.pm.post('/programs', {
      organizationId: 'nope',
      type: 'advocacy-ish',
      mentorId: s.users[LOGINS.gender],
      genderExpertId: s.users[LOGINS.mentor],
      years: 9,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['organizationId', 'type', 'years']);
    const wrongRoles = await s.pm.post(
      '/programs',
      institutionalBody(s.users, { organizationId: program.organizationId, mentorId: s.users[LOGINS.gender] }),
    );
    expect(wrongRoles.status).toBe(400);
    expect(wrongRoles.body.errors).toHaveProperty('mentorId');
    expect((await s.mentor.post('/programs', institutionalBody(s.users, { organizationId: program.organizationId }))).status).toBe(403);
  });
});
