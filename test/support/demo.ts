import type { ApiClient } from './http';

export const DEMO_PASSWORD = 'mentorflow-test';

export const LOGINS = {
  admin: 'admin@mentorflow.local',
  pm: 'pm@mentorflow.local',
  mentor: 'mentor1@mentorflow.local',
  mentor2: 'mentor2@mentorflow.local',
  gender: 'gender@mentorflow.local',
} as const;

export type DemoRole = keyof typeof LOGINS;

/** Signs the demo users of these roles in (in parallel): one client per role. */
export async function loginAs<R extends DemoRole>(api: ApiClient, ...roles: R[]): Promise<Record<R, ApiClient>> {
  const clients = await Promise.all(roles.map((role) => api.login(LOGINS[role], DEMO_PASSWORD)));
  return Object.fromEntries(roles.map((role, i) => [role, clients[i]])) as Record<R, ApiClient>;
}
