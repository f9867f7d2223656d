/** Shortcuts for driving programs through the API in tests. */
import { expect } from 'vitest';
import * as adv from './advocacy-data';
import { LOGINS } from './demo';
import type { ApiClient } from './http';
import * as inst from './institutional-data';
import { eventually } from './stack';

let counter = 0;

export async function createOrg(pm: ApiClient, label: string): Promise<string> {
  const r = await pm.post('/organizations', {
    name: `${label} ${Date.now().toString(36)}${counter++}`,
    city: 'Ankara',
    fieldOfWork: 'Civil society',
    contactPerson: 'Deniz Yıldız',
    email: 'info@example.org',
    phone: '+90 312 000 00 00',
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

export async function userIds(pm: ApiClient): Promise<Record<string, string>> {
  const list = await pm.get('/users', { range: [0, 199] });
  return Object.fromEntries(list.body.map((u: { email: string; id: string }) => [u.email, u.id]));
}

export interface StartedProgram {
  id: string;
  workflowId: string;
  organizationId: string;
  configVersion: number;
}

/** Starts a program for a new organisation; the start must be a 201. */
async function startFor(pm: ApiClient, label: string, body: Record<string, unknown>): Promise<StartedProgram> {
  const p = await pm.post('/programs', { organizationId: await createOrg(pm, label), ...body });
  expect(p.status, JSON.stringify(p.body)).toBe(201);
  return p.body;
}

/** The start body of an institutional program of mentor 1 and the gender expert (`extra` overrides it). */
export function institutionalBody(users: Record<string, string>, extra: Record<string, unknown> = {}) {
  return { type: 'institutional', mentorId: users[LOGINS.mentor], genderExpertId: users[LOGINS.gender], ...extra };
}

/** A one-year institutional program of mentor 1 and the gender expert (`extra` overrides the body). */
export function startInstitutional(pm: ApiClient, users: Record<string, string>, label: string, extra: Record<string, unknown> = {}) {
  return startFor(pm, label, institutionalBody(users, { years: 1, ...extra }));
}

/** An advocacy mentorship of mentor 1 (`extra` overrides the body). */
export function startAdvocacy(pm: ApiClient, users: Record<string, string>, label: string, extra: Record<string, unknown> = {}) {
  return startFor(pm, label, { type: 'advocacy', mentorId: users[LOGINS.mentor], ...extra });
}

/** The first open task of this type in the program, once there is one (`filter` narrows it, e.g. `{ year: 2 }`). */
export function openTask(c: ApiClient, programId: string, type: string, filter: Record<string, unknown> = {}) {
  return eventually(async () => (await c.get('/tasks', { filter: { programId, type, status: 'open', ...filter } })).body[0]);
}

export async function completeOpen(c: ApiClient, programId: string, type: string, body: unknown, filter: Record<string, unknown> = {}) {
  const t = await openTask(c, programId, type, filter);
  const r = await c.post(`/tasks/${t.id}/complete`, body);
  expect(r.status, `${type}: ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
}

/** Completes tasks one after the other, each by its client, as the workflow opens them. */
export async function completeChain(programId: string, steps: [ApiClient, string, unknown][]) {
  for (const [c, type, body] of steps) await completeOpen(c, programId, type, body);
}

/**
 * An institutional year's first tasks up to the improvement plan (or, with `plan: false`, before
 * it); the gender report is `report`, else the standard one (`genderPlan` saying whether it asks
 * for a gender plan).
 */
export function completeToPlan(
  mentor: ApiClient,
  gender: ApiClient,
  programId: string,
  opts: { assessment?: unknown; genderPlan?: boolean; report?: unknown; plan?: boolean } = {},
) {
  const { assessment = inst.selfAssessment(), genderPlan = true, report = inst.genderReport(genderPlan), plan = true } = opts;
  return completeChain(programId, [
    [mentor, 'self_assessment', assessment],
    [gender, 'gender_report', report],
    ...(plan ? [[mentor, 'improvement_plan', inst.improvementPlan()] as [ApiClient, string, unknown]] : []),
  ]);
}

/** An advocacy mentorship's tasks from the needs assessment to the first plan draft, by one mentor. */
export function completeToPlanDraft(mentor: ApiClient, programId: string, draft: unknown = adv.plan()) {
  return completeChain(programId, [
    [mentor, 'needs_assessment', adv.needs()],
    [mentor, 'curriculum', adv.curriculum()],
    [mentor, 'training', adv.training()],
    [mentor, 'issue_workshop', adv.workshop()],
    [mentor, 'plan_drafting', draft],
  ]);
}

/**
 * The advocacy data both report tests count: two mentorships (mentor 1's and mentor 2's) up to a
 * first plan draft each (plans developed: 2), the second approved by a program manager (the mentor
 * drafted it) and presented (finalised: 1).
 */
export async function twoAdvocacyPlans(
  c: { pm: ApiClient; mentor: ApiClient; mentor2: ApiClient; users: Record<string, string> },
  labels: [string, string],
) {
  const drafted = await startAdvocacy(c.pm, c.users, labels[0]);
  const finalised = await startAdvocacy(c.pm, c.users, labels[1], { mentorId: c.users[LOGINS.mentor2] });
  await completeToPlanDraft(c.mentor, drafted.id);
  await completeToPlanDraft(c.mentor2, finalised.id);
  await completeOpen(c.pm, finalised.id, 'plan_review', { decision: 'approve', comments: 'Good' });
  await completeOpen(c.mentor2, finalised.id, 'presentation', adv.presentation());
  return { drafted, finalised };
}

/** The manager's controls in turn, each seen in the read model before the next: pause, resume, reassign to mentor 2. */
export async function pauseResumeReassign(pm: ApiClient, users: Record<string, string>, programId: string, pause: object = {}) {
  const program = async () => (await pm.get(`/programs/${programId}`)).body;
  await pm.post(`/programs/${programId}/signals/pause`, pause);
  await eventually(async () => (await program()).status === 'paused');
  await pm.post(`/programs/${programId}/signals/resume`, {});
  await eventually(async () => (await program()).status === 'active');
  await pm.post(`/programs/${programId}/signals/reassign`, { mentorId: users[LOGINS.mentor2] });
  await eventually(async () => (await program()).mentorId === users[LOGINS.mentor2]);
}
