/**
 * Issue 12: the fuzzer of test/integration/fuzz.test.ts (same runner, budget and checks) with a
 * CSO member's token, whose operations answer with their organisation's data or 403: no 5xx and
 * every response as documented, whatever the input.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemathesis } from '../../scripts/lib/bootstrap.mjs';
import { inviteMember } from '../support/cso';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { createOrg, userIds } from '../support/programs';
import { startStack, type Stack } from '../support/stack';
import { parseFuzzReport, type FuzzOutcome } from '../support/schemathesis';

const MAX_EXAMPLES = process.env.FUZZ_MAX_EXAMPLES ?? '12';
const MAX_TIME = process.env.FUZZ_MAX_TIME ?? '80';
const SEED = process.env.FUZZ_SEED ?? '20261201';
const CHECKS = process.env.FUZZ_CHECKS ?? 'not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance';

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

function runSchemathesis(token: string, label: string): Promise<FuzzOutcome> {
  const dir = mkdtempSync(join(tmpdir(), `fuzz-${label}-`));
  const report = join(dir, 'report.ndjson');
  const args = [
    'run',
    `${stack.baseUrl}/api/docs-json`,
    '--header',
    `Authorization: Bearer ${token}`,
    '--checks',
    CHECKS,
    '--phases',
    'examples,coverage,fuzzing',
    '--max-examples',
    MAX_EXAMPLES,
    '--max-time',
    MAX_TIME,
    '--seed',
    SEED,
    '--workers',
    '2',
    '--request-timeout',
    '20',
    '--no-shrink',
    '--continue-on-failure',
    // Logging out would revoke the very token the run uses.
    '--exclude-path',
    '/api/auth/logout',
    '--report',
    'ndjson',
    '--report-ndjson-path',
    report,
    '--output-truncate',
    'true',
  ];
  return new Promise((resolve, reject) => {
    // Run in the temporary folder: schemathesis keeps a cache (.schemathesis/) in its working directory.
    const child = spawn(st, args, {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', PYTHONUNBUFFERED: '1' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        resolve({ ...parseFuzzReport(readFileSync(report, 'utf8')), exitCode: code, output: out });
      } catch (err) {
        reject(new Error(`schemathesis wrote no readable report (exit ${code}): ${(err as Error).message}\n${out.slice(-4000)}`));
      }
    });
  });
}

describe('API fuzzing (schemathesis) as a CSO member', () => {
  it('CSO member: no 5xx and every response matches the documented schema', async () => {
    const outcome = await runSchemathesis(token, 'csomember');
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
