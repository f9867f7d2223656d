/**
 * Time in the institutional program with short durations: overdue marking and the program
 * manager's notification, the no-contact reminder, the mid-year gender plan review and year end
 * by timer, pause/resume moving due dates, and reassignment moving open tasks.
 */
import { describe, expect, it } from 'vitest';
import { LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import * as data from '../support/institutional-data';
import { openTask, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

async function startProgram(label: string, durations: Partial<typeof data.FAST>) {
  expect((await s.admin.put('/config/institutional/durations', { durations: { ...data.FAST, ...durations } })).status).toBe(200);
  return startInstitutional(s.pm, s.users, label);
}

async function notifications(client: ApiClient, programId: string, type: string) {
  return (await client.get('/notifications', { filter: { programId, type } })).body as { message: string; taskId: string | null }[];
}

describe('deadlines and reminders', () => {
  it('marks an overdue task and notifies the program manager; the assignee was told of the new task', async () => {
    const program = await startProgram('Overdue', { selfAssessmentDue: 3000 });
    const task = await openTask(s.mentor, program.id, 'self_assessment');
    expect(task.overdue).toBe(false);
    // Notifications are written right after the projection: wait for them rather than race.
    const assigned = await eventually(async () => {
      const n = await notifications(s.mentor, program.id, 'task_assigned');
      return n.length ? n : null;
    });
    expect(assigned).toHaveLength(1);
    const overdue = await eventually(async () => {
      const r = await s.mentor.get('/tasks', { filter: { programId: program.id, overdue: true } });
      return r.body[0];
    }, 15_000);
    expect(overdue.id).toBe(task.id);
    const notes = await eventually(async () => {
      const n = await notifications(s.pm, program.id, 'task_overdue');
      return n.length ? n : null;
    });
    expect(notes[0]).toMatchObject({ taskId: task.id, message: expect.stringMatching(/Overdue: self assessment/) });
    const p = (await s.pm.get(`/programs/${program.id}`)).body;
    expect(p.overdueTaskCount).toBe(1);
    // An overdue task can still be completed.
    expect((await s.mentor.post(`/tasks/${task.id}/complete`, data.selfAssessment())).status).toBe(200);
    expect((await s.pm.get(`/programs/${program.id}`)).body.overdueTaskCount).toBe(0);
  });

  it('reminds mentor and manager when no contact happened, opens the mid-year review and ends the year by timer', async () => {
    // Every due period and cadence fits in the 9-second year (the configuration refuses longer ones).
    const within = {
      selfAssessmentDue: 9000,
      genderReportDue: 9000,
      improvementPlanDue: 9000,
      genderPlanReviewDue: 9000,
      reEvaluationDue: 9000,
      visitCadence: 9000,
    };
    const program = await startProgram('Reminder', { ...within, yearLength: 9000, noContactReminder: 1500 });
    await s.mentor.post(`/tasks/${(await openTask(s.mentor, program.id, 'self_assessment')).id}/complete`, data.selfAssessment());
    await s.gender.post(`/tasks/${(await openTask(s.gender, program.id, 'gender_report')).id}/complete`, data.genderReport(false));
    const planned = await s.mentor.post(
      `/tasks/${(await openTask(s.mentor, program.id, 'improvement_plan')).id}/complete`,
      data.improvementPlan(),
    );
    expect(planned.body.program.stage).toBe('implementation');

    const reminders = await eventually(async () => {
      const n = await notifications(s.mentor, program.id, 'no_contact_reminder');
      return n.length ? n : null;
    }, 15_000);
    expect(reminders[0].message).toMatch(/No visit or remote support/);
    expect((await notifications(s.pm, program.id, 'no_contact_reminder')).length).toBeGreaterThanOrEqual(1);

    const review = await openTask(s.gender, program.id, 'gender_plan_review');
    const ctx = (await s.gender.get(`/tasks/${review.id}`)).body.context;
    expect(ctx.planItems).toHaveLength(4);
    expect((await s.gender.post(`/tasks/${review.id}/complete`, data.genderPlanReview())).status).toBe(200);

    // The year length elapses: the re-evaluation opens without anyone closing the year.
    const re = await openTask(s.mentor, program.id, 're_evaluation');
    expect(re.year).toBe(1);
    await s.mentor.post(`/tasks/${re.id}/complete`, data.reEvaluation());
    const done = await eventually(async () => {
      const r = await s.pm.get(`/programs/${program.id}`);
      return r.body.status === 'completed' ? r.body : null;
    });
    // Nothing done of 4 planned items: 0% implemented.
    expect(done.yearResults[0]).toMatchObject({ planned: 4, done: 0, implementationRate: 0 });
  });
});

describe('controls', () => {
  it('pause stops due dates and refuses work; resume moves due dates by the time paused', async () => {
    const program = await startProgram('Pause', { selfAssessmentDue: 4000 });
    const task = await openTask(s.mentor, program.id, 'self_assessment');
    expect((await s.pm.post(`/programs/${program.id}/signals/pause`, { reason: 'Elections in the CSO' })).status).toBe(202);
    await eventually(async () => (await s.pm.get(`/programs/${program.id}`)).body.status === 'paused');
    expect((await s.pm.post(`/programs/${program.id}/signals/pause`, {})).status).toBe(409);
    const refused = await s.mentor.post(`/tasks/${task.id}/complete`, data.selfAssessment());
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/paused/);

    // Paused longer than the due period: still not overdue.
    await new Promise((r) => setTimeout(r, 5000));
    const whilePaused = (await s.mentor.get(`/tasks/${task.id}`)).body;
    expect(whilePaused.overdue).toBe(false);

    expect((await s.pm.post(`/programs/${program.id}/signals/resume`, {})).status).toBe(202);
    const after = await eventually(async () => {
      const t = (await s.mentor.get(`/tasks/${task.id}`)).body;
      return Date.parse(t.dueAt) > Date.parse(task.dueAt) ? t : null;
    });
    expect(Date.parse(after.dueAt) - Date.parse(task.dueAt)).toBeGreaterThanOrEqual(4500);
    expect((await s.pm.get(`/programs/${program.id}`)).body.status).toBe('active');
    expect((await s.mentor.post(`/tasks/${task.id}/complete`, data.selfAssessment())).status).toBe(200);
  });

  it('reassigns the mentor: open tasks move to the new mentor, who is notified; the old one loses access', async () => {
    const program = await startProgram('Reassign', {});
    const task = await openTask(s.mentor, program.id, 'self_assessment');
    const bad = await s.pm.post(`/programs/${program.id}/signals/reassign`, { mentorId: s.users[LOGINS.gender] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('mentorId');
    expect((await s.pm.post(`/programs/${program.id}/signals/reassign`, { mentorId: s.users[LOGINS.mentor2] })).status).toBe(202);
    const moved = await eventually(async () => {
      const r = await s.mentor2.get('/tasks', { filter: { programId: program.id, status: 'open' } });
      return r.body[0];
    });
    expect(moved).toMatchObject({ id: task.id, assigneeId: s.users[LOGINS.mentor2] });
    const reassigned = await eventually(async () => (await notifications(s.mentor2, program.id, 'reassigned'))[0]);
    expect(reassigned.taskId).toBe(task.id);
    expect((await s.mentor.get(`/programs/${program.id}`)).status).toBe(403);
    expect((await s.mentor.post(`/tasks/${task.id}/complete`, data.selfAssessment())).status).toBe(403);
    expect((await s.mentor2.post(`/tasks/${task.id}/complete`, data.selfAssessment())).status).toBe(200);
  });

  it('keeps the configuration version a program started with', async () => {
    const first = await startProgram('Config A', { selfAssessmentDue: 111_000, yearLength: 600_000 });
    const second = await startProgram('Config B', { selfAssessmentDue: 222_000, yearLength: 600_000 });
    expect(second.configVersion).toBeGreaterThan(first.configVersion);
    const a = (await s.pm.get(`/programs/${first.id}`)).body;
    expect(a.config.durations.selfAssessmentDue).toBe(111_000);
    expect((await s.pm.get(`/programs/${second.id}`)).body.config.durations.selfAssessmentDue).toBe(222_000);
    const t = await openTask(s.mentor, first.id, 'self_assessment');
    expect(Date.parse(t.dueAt) - Date.parse(t.openedAt)).toBe(111_000);
  });
});
