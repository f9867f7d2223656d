import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../support/database';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import type { ApiClient } from '../support/http';
import { eventually, startStack, type Stack } from '../support/stack';

let stack: Stack;
let pm: ApiClient;
let admin: ApiClient;
let mentor: ApiClient;
let temporal: Client;
const tag = `t${Date.now().toString(36)}`;

const validOrg = (name: string) => ({
  name,
  city: 'Ankara',
  fieldOfWork: 'Women’s rights',
  contactPerson: 'Fatma Demir',
  email: 'info@example.org',
  phone: '+90 312 555 01 02',
});

beforeAll(async () => {
  stack = await startStack();
  [pm, admin, mentor] = await Promise.all([
    stack.api.login(LOGINS.pm, DEMO_PASSWORD),
    stack.api.login(LOGINS.admin, DEMO_PASSWORD),
    stack.api.login(LOGINS.mentor, DEMO_PASSWORD),
  ]);
  temporal = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
});
afterAll(async () => {
  await temporal?.connection.close();
  await stack?.close();
});

async function countByName(name: string): Promise<number> {
  const res = await pm.get('/organizations', { filter: { q: name } });
  return Number(res.headers.get('content-range')?.split('/')[1]);
}

describe('organizations CRUD', () => {
  it('creates an organization, starts its onboarding workflow and records it in the audit log', async () => {
    const res = await pm.post('/organizations', validOrg(`${tag} Kadın Dayanışma`));
    expect(res.status).toBe(201);
    const org = res.body;
    expect(org).toMatchObject({ ...validOrg(`${tag} Kadın Dayanışma`), id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(org.onboarding.workflowId).toBe(`organization-onboarding-${org.id}`);
    expect(org.onboarding.temporalUiUrl).toContain(`/namespaces/default/workflows/organization-onboarding-${org.id}`);

    // The workflow exists on the real Temporal server, carries the search attribute and completes.
    const handle = temporal.workflow.getHandle(org.onboarding.workflowId);
    const result = await handle.result();
    expect(result).toMatchObject({ organizationId: org.id, auditEntryId: expect.any(String) });
    const desc = await handle.describe();
    expect(desc.type).toBe('organizationOnboarding');
    expect(desc.status.name).toBe('COMPLETED');
    expect(desc.typedSearchAttributes.getAll().find((p) => p.key.name === 'OrganizationId')?.value).toBe(org.id);

    // Its status is visible through the API.
    const shown = await eventually(async () => {
      const r = await pm.get(`/organizations/${org.id}`);
      return r.body.onboarding?.status === 'completed' && r.body.onboarding.onboardedAt ? r.body : null;
    });
    expect(shown.onboarding.status).toBe('completed');

    // The activity wrote the audit entry, next to the create and workflow-start entries.
    const ds = await openDatabase(inject('databaseUrl'));
    try {
      const rows = await ds.query(`SELECT action, actor_email, workflow_id, result FROM audit_log WHERE target_id = $1 ORDER BY at`, [
        org.id,
      ]);
      expect(rows.map((r: { action: string }) => r.action).sort()).toEqual(
        ['organization.create', 'organization.onboarded', 'workflow.start'].sort(),
      );
      const onboarded = rows.find((r: { action: string }) => r.action === 'organization.onboarded');
      expect(onboarded).toMatchObject({ actor_email: LOGINS.pm, workflow_id: org.onboarding.workflowId, result: 'ok' });
    } finally {
      await ds.destroy();
    }
  });

  it('lists with sort, range, filter and Content-Range as react-admin expects', async () => {
    for (const n of ['B', 'A', 'C']) {
      expect((await pm.post('/organizations', { ...validOrg(`${tag} list ${n}`), city: `City${tag}` })).status).toBe(201);
    }
    const res = await pm.get('/organizations', { sort: ['name', 'DESC'], range: [0, 1], filter: { city: `City${tag}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toBe('organizations 0-1/3');
    expect(res.body.map((o: { name: string }) => o.name)).toEqual([`${tag} list C`, `${tag} list B`]);
    const page2 = await pm.get('/organizations', { sort: ['name', 'DESC'], range: [2, 3], filter: { city: `City${tag}` } });
    expect(page2.headers.get('content-range')).toBe('organizations 2-2/3');
    expect(page2.body.map((o: { name: string }) => o.name)).toEqual([`${tag} list A`]);
    const bad = await pm.get('/organizations', { sort: ['password', 'ASC'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('sort');
    const badFilter = await pm.request('GET', '/organizations', { query: { filter: '{not json' } });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors).toHaveProperty('filter');
  });

  it('updates and soft-deletes, writing the audit log', async () => {
    const created = (await pm.post('/organizations', validOrg(`${tag} to edit`))).body;
    const upd = await pm.put(`/organizations/${created.id}`, { city: 'İzmir', phone: '+90 232 000 00 00' });
    expect(upd.status).toBe(200);
    expect(upd.body).toMatchObject({ city: 'İzmir', phone: '+90 232 000 00 00', name: `${tag} to edit` });
    const del = await pm.delete(`/organizations/${created.id}`);
    expect(del.status).toBe(200);
    expect((await pm.get(`/organizations/${created.id}`)).status).toBe(404);
    expect(await countByName(`${tag} to edit`)).toBe(0);
    expect((await pm.put(`/organizations/${created.id}`, { city: 'Bursa' })).status).toBe(404);
  });
});

describe('bad input: 400 naming the field, nothing written', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['missing name', { ...validOrg('x'), name: undefined }, ['name']],
    ['name too short', validOrg('x'), ['name']],
    ['bad email and phone', { ...validOrg(`${tag} bad`), email: 'nope', phone: 'call me' }, ['email', 'phone']],
    ['empty city', { ...validOrg(`${tag} bad`), city: '   ' }, ['city']],
    ['unknown field', { ...validOrg(`${tag} bad`), budget: 1000 }, ['budget']],
    ['wrong type', { ...validOrg(`${tag} bad`), contactPerson: 42 }, ['contactPerson']],
  ];
  for (const [label, body, fields] of cases) {
    it(`POST rejects ${label}`, async () => {
      const before = await countByName(tag);
      const res = await pm.post('/organizations', body);
      expect(res.status).toBe(400);
      expect(res.body.statusCode).toBe(400);
      expect(Object.keys(res.body.errors).sort()).toEqual(fields.sort());
      expect(res.body).not.toHaveProperty('stack');
      expect(await countByName(tag)).toBe(before);
    });
  }

  it('PUT rejects bad values and unknown fields and changes nothing', async () => {
    const created = (await pm.post('/organizations', validOrg(`${tag} stable`))).body;
    const res = await pm.put(`/organizations/${created.id}`, { email: 'broken', id: 'other' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['email', 'id']);
    expect((await pm.get(`/organizations/${created.id}`)).body.email).toBe('info@example.org');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await pm.get('/organizations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await pm.get('/organizations/not-a-uuid');
    expect(malformed.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await fetch(`${stack.baseUrl}/api/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${(pm as unknown as { token: string }).token}` },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { statusCode: number };
    expect(body.statusCode).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/node_modules|at .*:\d+:\d+/);
  });
});

describe('role guards', () => {
  it('forbids mentors to create, edit or delete organizations (403) and shows them none of the CSOs', async () => {
    const created = (await pm.post('/organizations', validOrg(`${tag} guarded`))).body;
    const before = await countByName(tag);
    expect((await mentor.post('/organizations', validOrg(`${tag} by mentor`))).status).toBe(403);
    expect((await mentor.put(`/organizations/${created.id}`, { city: 'Van' })).status).toBe(403);
    expect((await mentor.delete(`/organizations/${created.id}`)).status).toBe(403);
    expect(await countByName(tag)).toBe(before);
    const list = await mentor.get('/organizations');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
    expect(list.headers.get('content-range')).toBe('organizations 0-0/0');
    expect((await mentor.get(`/organizations/${created.id}`)).status).toBe(403);
  });

  it('lets only admins manage users', async () => {
    const email = `${tag}-mentor6@mentorflow.local`;
    const body = { email, fullName: 'Yeni Mentor', role: 'mentor', password: 'long-enough-pass-1' };
    const byPm = await pm.post('/users', body);
    expect(byPm.status).toBe(403);
    expect(byPm.body.message).toMatch(/admin/);
    expect((await mentor.get('/users')).status).toBe(403);
    const created = await admin.post('/users', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email, role: 'mentor', isActive: true });
    expect(created.body).not.toHaveProperty('passwordHash');
    expect((await admin.post('/users', body)).status).toBe(409);
    const badRole = await admin.post('/users', { ...body, email: `x${email}`, role: 'superuser', password: 'short' });
    expect(badRole.status).toBe(400);
    expect(Object.keys(badRole.body.errors).sort()).toEqual(['password', 'role']);
    const list = await pm.get('/users', { filter: { role: 'mentor' }, sort: ['email', 'ASC'] });
    expect(list.status).toBe(200);
    expect(list.body.every((u: { role: string }) => u.role === 'mentor')).toBe(true);
    expect(list.body.length).toBeGreaterThanOrEqual(6);
    // The new user can log in.
    const newUser = await stack.api.login(email, 'long-enough-pass-1');
    expect((await newUser.get('/auth/me')).status).toBe(200);

    // Admins edit: only the fields sent change; a deactivated account loses access at once.
    const id = created.body.id;
    const renamed = await admin.put(`/users/${id}`, { fullName: 'Yeni Mentor Adı' });
    expect(renamed.body).toMatchObject({ fullName: 'Yeni Mentor Adı', role: 'mentor', email, isActive: true });
    expect((await admin.put(`/users/${id}`, { email: 'other@x.org' })).status).toBe(400);
    expect((await pm.put(`/users/${id}`, { role: 'admin' })).status).toBe(403);
    expect((await admin.put(`/users/${id}`, { isActive: false })).body).toMatchObject({ isActive: false, fullName: 'Yeni Mentor Adı' });
    expect((await newUser.get('/auth/me')).status).toBe(401);
    expect((await stack.api.request('POST', '/auth/login', { body: { email, password: 'long-enough-pass-1' }, token: null })).status).toBe(
      401,
    );
    await admin.put(`/users/${id}`, { isActive: true, password: 'a-new-password-2' });
    await stack.api.login(email, 'a-new-password-2');
  });
});
