/**
 * Fuzzes the started stack through its own OpenAPI document with schemathesis (PyPI, pinned in
 * scripts/lib/bootstrap.mjs), once with a program manager's token and once with a mentor's.
 * Fails on any 5xx and on any response that breaks the documented schema (body, status code or
 * content type). Bounded: 12 examples per operation and phase and 80 s per role (about 3.5 min for
 * the file on 2 cores). FUZZ_MAX_EXAMPLES, FUZZ_MAX_TIME, FUZZ_SEED and FUZZ_CHECKS change the
 * budget, the seed and the checks.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemathesis } from '../../scripts/lib/bootstrap.mjs';
import { DEMO_PASSWORD, LOGINS } from '../support/demo';
import { startStack, type Stack } from '../support/stack';
import { parseFuzzReport, type FuzzOutcome } from '../support/schemathesis';

const MAX_EXAMPLES = process.env.FUZZ_MAX_EXAMPLES ?? '12';
const MAX_TIME = process.env.FUZZ_MAX_TIME ?? '80';
const SEED = process.env.FUZZ_SEED ?? '20261201';
const CHECKS = process.env.FUZZ_CHECKS ?? 'not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance';

let stack: Stack;
let st: string;
beforeAll(async () => {
  st = ensureSchemathesis({ log: (m) => console.log(`[fuzz] ${m}`) });
  // Its own database: the fuzzer writes hundreds of rows and tries logins that lock accounts.
  stack = await startStack({ ownDatabase: true });
});
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

describe('API fuzzing (schemathesis) against /api/docs-json', () => {
  for (const [label, email] of [
    ['program manager', LOGINS.pm],
    ['mentor', LOGINS.mentor],
  ] as const) {
    it(`${label}: no 5xx and every response matches the documented schema`, async () => {
      const login = await stack.api.post('/auth/login', { email, password: DEMO_PASSWORD });
      expect(login.status).toBe(200);
      const token: string = login.body.accessToken;
      const outcome = await runSchemathesis(token, label.replace(/\W/g, ''));
      console.log(
        `[fuzz] ${label}: ${outcome.operations} operations, ${outcome.requests} requests, ${outcome.serverErrors} 5xx, ${outcome.failures.length} failures`,
      );
      for (const f of outcome.failures) console.log(`[fuzz]   ${f}`);
      for (const r of outcome.samples) console.log(`[fuzz]   e.g. ${r}`);
      expect(outcome.operations, 'schemathesis tested the operations of the document').toBeGreaterThan(30);
      expect(outcome.requests).toBeGreaterThan(outcome.operations);
      expect(outcome.failures, outcome.output.slice(-3000)).toEqual([]);
      expect(outcome.serverErrors).toBe(0);
    }, 600_000);
  }
});
