/**
 * Records replay fixtures of the advocacy mentorship (not part of the normal run):
 *   RECORD_REPLAY_FIXTURES=1 npx vitest run --project record
 * Writes test/replay/histories/advocacyMentorship/<prefix>-<scenario>-run1.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import * as adv from '../support/advocacy-data';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

const PREFIX = process.env.FIXTURE_PREFIX ?? 'v1';
const OUT = resolve('test/replay/histories/advocacyMentorship');
let stack: Stack;
let pm: ApiClient, mentor: ApiClient, admin: ApiClient;
let users: Record<string, string>;

beforeAll(async () => {
  stack = await startStack({ ownDatabase: true });
  [pm, mentor, admin] = await Promise.all([LOGINS.pm, LOGINS.mentor, LOGINS.admin].map((e) => stack.api.login(e, DEMO_PASSWORD)));
  users = Object.fromEntries((await pm.get('/users', { range: [0, 99] })).body.map((u: { email: string; id: string }) => [u.email, u.id]));
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => stack?.close());

function record(workflowId: string, scenario: string) {
  const history = execFileSync(
    inject('temporalCliPath'),
    ['workflow', 'show', '--workflow-id', workflowId, '--address', inject('temporalAddress'), '--output', 'json'],
    { encoding: 'utf8', maxBuffer: 256 << 20 },
  );
  writeFileSync(join(OUT, `${PREFIX}-${scenario}-run1.json`), history.trim() + '\n');
}

async function start(label: string) {
  const org = await pm.post('/organizations', { name: `${label} Udruženje`, city: 'Niš', fieldOfWork: 'Youth', contactPerson: 'Ana Petrović', email: 'info@example.org', phone: '+381 18 000 000' });
  const p = await pm.post('/programs', { organizationId: org.body.id, type: 'advocacy', mentorId: users[LOGINS.mentor], startDate: '2027-01-04' });
  expect(p.status).toBe(201);
  return p.body as { id: string; workflowId: string };
}
const task = (programId: string, type: string) =>
  eventually(async () => (await mentor.get('/tasks', { filter: { programId, type, status: 'open' } })).body[0]);
const done = async (programId: string, type: string, body: unknown) =>
  expect((await mentor.post(`/tasks/${(await task(programId, type)).id}/complete`, body)).status).toBe(200);

it('records a full mentorship with a revised draft', async () => {
  await admin.put('/config/advocacy', { durations: { ...adv.FAST, implementationLength: 6000, checkinCadence: 2000, checkinDue: 1000 } });
  const p = await start('Full');
  await done(p.id, 'needs_assessment', adv.needs());
  await done(p.id, 'curriculum', adv.curriculum());
  await done(p.id, 'training', adv.training());
  await done(p.id, 'issue_workshop', adv.workshop());
  await mentor.post(`/programs/${p.id}/plan-drafts`, { ...adv.plan(), objectives: [] }); // rejected: not in history
  await done(p.id, 'plan_drafting', adv.plan('Roma children in school'));
  await done(p.id, 'plan_review', { decision: 'request_changes', comments: 'Make the goal measurable' });
  await done(p.id, 'plan_drafting', adv.plan());
  await done(p.id, 'plan_review', { decision: 'approve', comments: 'Ready' });
  await done(p.id, 'presentation', adv.presentation());
  await done(p.id, 'implementation_checkin', adv.checkin());
  await eventually(async () => (await pm.get(`/programs/${p.id}`)).body.status === 'completed', 30_000);
  record(p.workflowId, 'full');
});

it('records controls: pause, resume, reassign, withdraw', async () => {
  const p = await start('Controls');
  await done(p.id, 'needs_assessment', adv.needs());
  await pm.post(`/programs/${p.id}/signals/pause`, {});
  await eventually(async () => (await pm.get(`/programs/${p.id}`)).body.status === 'paused');
  await pm.post(`/programs/${p.id}/signals/resume`, {});
  await eventually(async () => (await pm.get(`/programs/${p.id}`)).body.status === 'active');
  await pm.post(`/programs/${p.id}/signals/reassign`, { mentorId: users[LOGINS.mentor2] });
  await eventually(async () => (await pm.get(`/programs/${p.id}`)).body.mentorId === users[LOGINS.mentor2]);
  await pm.post(`/programs/${p.id}/signals/withdraw`, { reason: 'Merged with another CSO' });
  await eventually(async () => (await pm.get(`/programs/${p.id}`)).body.status === 'withdrawn');
  record(p.workflowId, 'controls');
});
