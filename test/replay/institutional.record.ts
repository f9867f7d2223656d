/**
 * Records replay fixtures of the institutional program (not part of the normal run):
 *   RECORD_REPLAY_FIXTURES=1 npx vitest run --project record
 * Drives real programs through the API on the test servers, then writes each workflow run's
 * history to test/replay/histories/institutionalProgram/<prefix>-<scenario>-run<N>.json.
 * Re-record with a new prefix whenever a released version's behaviour is meant to change, and
 * keep the old fixtures: running programs still have those histories.
 */
import { expect, it } from 'vitest';
import type { ApiClient } from '../support/http';
import * as data from '../support/institutional-data';
import { pauseResumeReassign, startInstitutional } from '../support/programs';
import { recordRuns } from '../support/replay-recorder';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

const record = (workflowId: string, scenario: string) => recordRuns('institutionalProgram', workflowId, scenario);

async function start(label: string, durations: Partial<typeof data.FAST>, years = 1) {
  await s.admin.put('/config/institutional/durations', { durations: { ...data.FAST, ...durations } });
  return startInstitutional(s.pm, s.users, `${label} Derneği`, { years, startDate: '2027-01-04' });
}
const task = (c: ApiClient, programId: string, type: string) =>
  eventually(async () => (await c.get('/tasks', { filter: { programId, type, status: 'open' } })).body[0]);
const done = (c: ApiClient, id: string, body: unknown) =>
  c.post(`/tasks/${id}/complete`, body).then((r) => expect(r.status, JSON.stringify(r.body)).toBe(200));
const ended = (id: string, status: string) => eventually(async () => (await s.pm.get(`/programs/${id}`)).body.status === status, 30_000);

async function year(p: { id: string }, n: number, closeEarly: boolean) {
  await s.mentor.post(`/tasks/${(await task(s.mentor, p.id, 'self_assessment')).id}/complete`, { ...data.selfAssessment(), elements: {} }); // rejected: not in history
  await done(s.mentor, (await task(s.mentor, p.id, 'self_assessment')).id, data.selfAssessment(n));
  await done(s.gender, (await task(s.gender, p.id, 'gender_report')).id, data.genderReport(true));
  await done(s.mentor, (await task(s.mentor, p.id, 'improvement_plan')).id, data.improvementPlan());
  await s.mentor.post(`/programs/${p.id}/visits`, {
    date: '2026-11-02',
    mode: 'face_to_face',
    durationMinutes: 120,
    notes: 'Planning session',
  });
  const items = (await s.mentor.get('/improvements', { filter: { programId: p.id, year: n } })).body;
  await s.mentor.put(`/improvements/${items[0].id}`, { status: 'in_progress' });
  await s.mentor.put(`/improvements/${items[0].id}`, { status: 'done', noEvidenceReason: 'Kept by the CSO' });
  await s.mentor.put(`/improvements/${items[1].id}`, { status: 'dropped', reason: 'No longer relevant' });
  if (closeEarly) await s.pm.post(`/programs/${p.id}/signals/close-year`, {});
  else await done(s.gender, (await task(s.gender, p.id, 'gender_plan_review')).id, data.genderPlanReview());
  await done(s.mentor, (await task(s.mentor, p.id, 're_evaluation')).id, data.reEvaluation());
}

it('records a two-year program closed early each year', async () => {
  const p = await start('Two years', {}, 2);
  await year(p, 1, true);
  await year(p, 2, true);
  await ended(p.id, 'completed');
  expect(record(p.workflowId, 'two-years')).toBe(2);
});

it('records timers: reminder, mid-year review, year end by timer', async () => {
  // Due periods and cadence within the 8-second year: the configuration refuses longer ones.
  const p = await start('Timers', {
    selfAssessmentDue: 8000,
    genderReportDue: 8000,
    improvementPlanDue: 8000,
    reEvaluationDue: 8000,
    visitCadence: 8000,
    yearLength: 8000,
    noContactReminder: 1500,
    genderPlanReviewDue: 1000,
  });
  await year(p, 1, false);
  await ended(p.id, 'completed');
  expect(record(p.workflowId, 'timers')).toBe(1);
});

it('records controls: overdue, pause, resume, reassign, withdraw', async () => {
  const p = await start('Controls', { selfAssessmentDue: 1000 });
  const t = await task(s.mentor, p.id, 'self_assessment');
  await eventually(async () => (await s.mentor.get(`/tasks/${t.id}`)).body.overdue === true);
  await pauseResumeReassign(s.pm, s.users, p.id, { reason: 'Board elections' });
  await s.pm.post(`/programs/${p.id}/signals/withdraw`, { reason: 'The CSO left the program' });
  await ended(p.id, 'withdrawn');
  expect(record(p.workflowId, 'controls')).toBe(1);
});
