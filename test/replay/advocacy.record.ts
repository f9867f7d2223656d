/**
 * Records replay fixtures of the advocacy mentorship (not part of the normal run):
 *   RECORD_REPLAY_FIXTURES=1 npx vitest run --project record
 * Writes test/replay/histories/advocacyMentorship/<prefix>-<scenario>-run1.json.
 */
import { expect, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import { pauseResumeReassign, startAdvocacy } from '../support/programs';
import { recordRun } from '../support/replay-recorder';
import { signedInSuite } from '../support/signed-in';
import { eventually } from '../support/stack';

const s = signedInSuite();

const record = (workflowId: string, scenario: string) => recordRun('advocacyMentorship', workflowId, scenario);

const start = (label: string) => startAdvocacy(s.pm, s.users, `${label} Udruženje`, { startDate: '2027-01-04' });
const task = (programId: string, type: string) =>
  eventually(async () => (await s.mentor.get('/tasks', { filter: { programId, type, status: 'open' } })).body[0]);
const done = async (programId: string, type: string, body: unknown) =>
  expect((await s.mentor.post(`/tasks/${(await task(programId, type)).id}/complete`, body)).status).toBe(200);

const review = async (programId: string, body: unknown) =>
  expect((await s.pm.post(`/tasks/${(await task(programId, 'plan_review')).id}/complete`, body)).status).toBe(200);

it('records a full mentorship with a revised draft', async () => {
  await s.admin.put('/config/advocacy', { durations: { ...adv.FAST, implementationLength: 6000, checkinCadence: 2000, checkinDue: 1000 } });
  const p = await start('Full');
  await done(p.id, 'needs_assessment', adv.needs());
  await done(p.id, 'curriculum', adv.curriculum());
  await done(p.id, 'training', adv.training());
  await done(p.id, 'issue_workshop', adv.workshop());
  await s.mentor.post(`/programs/${p.id}/plan-drafts`, { ...adv.plan(), objectives: [] }); // rejected: not in history
  await done(p.id, 'plan_drafting', adv.plan('Roma children in school'));
  // Nobody reviews a draft they authored (issue 12): the mentor drafted, a program manager reviews.
  await review(p.id, { decision: 'request_changes', comments: 'Make the goal measurable' });
  await done(p.id, 'plan_drafting', adv.plan());
  await review(p.id, { decision: 'approve', comments: 'Ready' });
  await done(p.id, 'presentation', adv.presentation());
  await done(p.id, 'implementation_checkin', adv.checkin());
  await eventually(async () => (await s.pm.get(`/programs/${p.id}`)).body.status === 'completed', 30_000);
  record(p.workflowId, 'full');
});

it('records controls: pause, resume, reassign, withdraw', async () => {
  const p = await start('Controls');
  await done(p.id, 'needs_assessment', adv.needs());
  await pauseResumeReassign(s.pm, s.users, p.id);
  await s.pm.post(`/programs/${p.id}/signals/withdraw`, { reason: 'Merged with another CSO' });
  await eventually(async () => (await s.pm.get(`/programs/${p.id}`)).body.status === 'withdrawn');
  record(p.workflowId, 'controls');
});

/**
 * Issue 12 (FIXTURE_PREFIX=v2-issue12 ... -t "CSO drafts"): the CSO drafts its plan. The drafter is
 * set while a draft is open (it moves to the member), the mentor requests changes (the next draft
 * stays with the CSO), a reassignment of the mentor leaves the draft with the CSO, another member
 * of the organisation completes it, the new mentor approves, the presentation locks the plan.
 */
it('records the CSO drafting its plan with the mentor reviewing', async () => {
  const p = await start('CSO drafts');
  await done(p.id, 'needs_assessment', adv.needs());
  await done(p.id, 'curriculum', adv.curriculum());
  await done(p.id, 'training', adv.training());
  await done(p.id, 'issue_workshop', adv.workshop());
  const orgId = (await s.pm.get(`/programs/${p.id}`)).body.organizationId as string;
  const members: ApiClient[] = [];
  for (const n of [1, 2]) {
    const inv = await s.mentor.post(`/organizations/${orgId}/invitations`, {
      email: `drafter${n}-${Date.now()}@cso.example.org`,
      fullName: `Drafter ${n}`,
    });
    const token = String(inv.body.link).split('/#/invitation/')[1];
    const ok = await s.stack.api.request('POST', `/invitations/${token}/accept`, { body: { password: 'member-password-1' }, token: null });
    expect(ok.status).toBe(200);
    members.push(s.stack.api.withToken(ok.body.accessToken));
  }
  expect((await s.mentor.post(`/programs/${p.id}/plan-drafter`, { drafter: 'cso' })).status).toBe(200);
  const draft = async (c: ApiClient, goal?: string) => {
    const t = await eventually(
      async () => (await c.get('/tasks', { filter: { programId: p.id, type: 'plan_drafting', status: 'open' } })).body[0],
    );
    expect((await c.post(`/tasks/${t.id}/complete`, adv.plan(goal))).status).toBe(200);
  };
  await draft(members[0], 'Roma children in school');
  await done(p.id, 'plan_review', { decision: 'request_changes', comments: 'Make the goal measurable' });
  await s.pm.post(`/programs/${p.id}/signals/reassign`, { mentorId: s.users[LOGINS.mentor2] });
  await eventually(async () => (await s.pm.get(`/programs/${p.id}`)).body.mentorId === s.users[LOGINS.mentor2]);
  await draft(members[1]);
  const mentor2 = await s.stack.api.login(LOGINS.mentor2, DEMO_PASSWORD);
  const rt = await eventually(
    async () => (await mentor2.get('/tasks', { filter: { programId: p.id, type: 'plan_review', status: 'open' } })).body[0],
  );
  expect((await mentor2.post(`/tasks/${rt.id}/complete`, { decision: 'approve', comments: 'Ready' })).status).toBe(200);
  const pt = await eventually(
    async () => (await mentor2.get('/tasks', { filter: { programId: p.id, type: 'presentation', status: 'open' } })).body[0],
  );
  expect((await mentor2.post(`/tasks/${pt.id}/complete`, adv.presentation())).status).toBe(200);
  await s.pm.post(`/programs/${p.id}/signals/withdraw`, { reason: 'Recorded: the end of the CSO-drafted plan path' });
  await eventually(async () => (await s.pm.get(`/programs/${p.id}`)).body.status === 'withdrawn');
  record(p.workflowId, 'cso-drafter');
});
