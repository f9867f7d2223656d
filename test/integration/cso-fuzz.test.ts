/**
 * Issue 12: the fuzzer of test/integration/fuzz.test.ts (same runner, budget and checks) with a
 * CSO member's token, whose operations answer with their organisation's data or 403: no 5xx and
 * every response as documented, whatever the input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemathesis } from '../../scripts/lib/bootstrap.mjs';
import { inviteMember } from '../support/cso';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { createOrg, userIds } from '../support/programs';
import { startStack, type Stack } from '../support/stack';
import { runSchemathesis } from '../support/schemathesis';

let stack: Stack;
let st: string;
let token: string;
beforeAll(async () => {
  st = ensureSchemathesis({ log: (m) => console.log(`[fuzz] ${m}`) });
  stack = await startStack({ ownDatabase: true });
  const pm = await stack.api.login(LOGINS.pm, DEMO_PASSWORD);
  const mentor = await stack.api.login(LOGINS.mentor, DEMO_PASSWORD);
  const users = await userIds(pm);
  const org = await createOrg(pm, 'Fuzz CSO');
  expect(
    (
      await pm.post('/programs', {
        organizationId: org,
        type: 'institutional',
        mentorId: users[LOGINS.mentor],
        genderExpertId: users[LOGINS.gender],
        years: 1,
      })
    ).status,
  ).toBe(201);
  expect((await pm.post('/programs', { organizationId: org, type: 'advocacy', mentorId: users[LOGINS.mentor] })).status).toBe(201);
  const member = await inviteMember(mentor, org, 'fuzz');
  token = (await member.api.request('POST', '/auth/login', { body: { email: member.email, password: 'member-password-1' }, token: null }))
    .body.accessToken;
}, 180_000);
afterAll(() => stack?.close());

describe('API fuzzing (schemathesis) as a CSO member', () => {
  it('CSO member: no 5xx and every response matches the documented schema', async () => {
    const outcome = await runSchemathesis(st, stack.baseUrl, token, 'csomember');
    console.log(
      `[fuzz] CSO member: ${outcome.operations} operations, ${outcome.requests} requests, ${outcome.serverErrors} 5xx, ${outcome.failures.length} failures`,
    );
    for (const f of outcome.failures) console.log(`[fuzz]   ${f}`);
    for (const r of outcome.samples) console.log(`[fuzz]   e.g. ${r}`);
    expect(outcome.operations, 'schemathesis tested the operations of the document').toBeGreaterThan(30);
    expect(outcome.requests).toBeGreaterThan(outcome.operations);
    expect(outcome.failures, outcome.output.slice(-3000)).toEqual([]);
    expect(outcome.serverErrors).toBe(0);
  }, 600_000);
});
