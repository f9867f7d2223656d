/**
 * Fuzzes the started stack through its own OpenAPI document with schemathesis (PyPI, pinned in
 * scripts/lib/bootstrap.mjs), once with a program manager's token and once with a mentor's.
 * Fails on any 5xx and on any response that breaks the documented schema (body, status code or
 * content type). Bounded: 12 examples per operation and phase and 80 s per role (about 3.5 min for
 * the file on 2 cores). FUZZ_MAX_EXAMPLES, FUZZ_MAX_TIME, FUZZ_SEED and FUZZ_CHECKS change the
 * budget, the seed and the checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemathesis } from '../../scripts/lib/bootstrap.mjs';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { expectCleanFuzz, runSchemathesis } from '../support/schemathesis';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let st: string;
beforeAll(async () => {
  st = ensureSchemathesis({ log: (m) => console.log(`[fuzz] ${m}`) });
  // Its own database: the fuzzer writes hundreds of rows and tries logins that lock accounts.
  stack = await startStack({ ownDatabase: true });
});
afterAll(() => stack?.close());

describe('API fuzzing (schemathesis) against /api/docs-json', () => {
  for (const [label, email] of [
    ['program manager', LOGINS.pm],
    ['mentor', LOGINS.mentor],
  ] as const) {
    it(`${label}: no 5xx and every response matches the documented schema`, async () => {
      const login = await stack.api.post('/auth/login', { email, password: DEMO_PASSWORD });
      expect(login.status).toBe(200);
      const token: string = login.body.accessToken;
      expectCleanFuzz(label, await runSchemathesis(st, stack.baseUrl, token, label.replace(/\W/g, '')));
    }, 600_000);
  }
});
