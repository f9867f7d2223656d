/** Issue 12: CSO members for tests, invited and signed in through the real API. */
import { expect } from 'vitest';
import type { ApiClient } from './http';

let n = 0;

/** Invites a member to an organisation and accepts the link; returns the member's client and ids. */
export async function inviteMember(
  inviter: ApiClient,
  orgId: string,
  label = 'member',
): Promise<{ api: ApiClient; userId: string; email: string; token: string }> {
  const email = `${label}-${Date.now().toString(36)}-${n++}@cso.example.org`;
  const inv = await inviter.post(`/organizations/${orgId}/invitations`, { email, fullName: `CSO ${label} ${n}`, language: 'tr' });
  expect(inv.status, JSON.stringify(inv.body)).toBe(201);
  const token = String(inv.body.link).split('/#/invitation/')[1];
  const accepted = await inviter.request('POST', `/invitations/${token}/accept`, { body: { password: 'member-password-1' }, token: null });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return { api: inviter.withToken(accepted.body.accessToken), userId: accepted.body.user.id, email, token };
}
