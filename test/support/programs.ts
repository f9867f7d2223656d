/** Shortcuts for driving programs through the API in tests. */
import { expect } from 'vitest';
import type { ApiClient } from './http';
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

export function openTask(c: ApiClient, programId: string, type: string) {
  return eventually(async () => (await c.get('/tasks', { filter: { programId, type, status: 'open' } })).body[0]);
}

export async function completeOpen(c: ApiClient, programId: string, type: string, body: unknown) {
  const t = await openTask(c, programId, type);
  const r = await c.post(`/tasks/${t.id}/complete`, body);
  expect(r.status, `${type}: ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
}
