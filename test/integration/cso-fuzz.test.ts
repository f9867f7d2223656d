/**
 * Issue 12: the fuzzer of test/integration/fuzz.test.ts (same runner, budget and checks) with a
 * CSO member's token, whose operations answer with their organisation's data or 403: no 5xx and
 * every response as documented, whatever the input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemathesis } from '../../scripts/lib/bootstrap.mjs';
import { inviteMember } from '../support/cso';
import { LOGINS, loginAs } from '../support/demo';
import { startInstitutional, userIds } from '../support/programs';
import { expectCleanFuzz, runSchemathesis } from '../support/schemathesis';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let st: string;
let token: string;
beforeAll(async () => {
  st = ensureSchemathesis({ log: (m) => console.log(`[fuzz] ${m}`) });
  stack = await startStack({ ownDatabase: true });
  const { pm, mentor } = await loginAs(stack.api, 'pm', 'mentor');
  const users = await userIds(pm);
  const org = (await startInstitutional(pm, users, 'Fuzz CSO')).organizationId;
  expect((await pm.post('/programs', { organizationId: org, type: 'advocacy', mentorId: users[LOGINS.mentor] })).status).toBe(201);
  const member = await inviteMember(mentor, org, 'fuzz');
  token = (await member.api.request('POST', '/auth/login', { body: { email: member.email, password: 'member-password-1' }, token: null }))
    .body.accessToken;
}, 180_000);
afterAll(() => stack?.close());

describe('API fuzzing (schemathesis) as a CSO member', () => {
  it('CSO member: no 5xx and every response matches the documented schema', async () => {
    expectCleanFuzz('CSO member', await runSchemathesis(st, stack.baseUrl, token, 'csomember'));
  }, 600_000);
});
