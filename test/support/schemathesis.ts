import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

const MAX_EXAMPLES = process.env.FUZZ_MAX_EXAMPLES ?? '12';
const MAX_TIME = process.env.FUZZ_MAX_TIME ?? '80';
const SEED = process.env.FUZZ_SEED ?? '20261201';
const CHECKS = process.env.FUZZ_CHECKS ?? 'not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance';

/** Reads the NDJSON event stream schemathesis writes with `--report ndjson`. */
export interface FuzzOutcome {
  /** Operations of the document that were exercised (at least one request). */
  operations: number;
  requests: number;
  serverErrors: number;
  /** One line per distinct (operation, check, status): "POST /api/x: not_a_server_error (500) ..." */
  failures: string[];
  /** A few failing requests in full, to reproduce them by hand. */
  samples: string[];
  exitCode: number | null;
  output: string;
}

interface Interaction {
  request: { method: string; uri: string; body?: { $base64?: string } | null };
  response?: { status_code: number; content?: { $base64?: string } | null } | null;
}
interface Check {
  name: string;
  status: string;
  failure_info?: { failure?: { title?: string; message?: string } };
}
interface Scenario {
  status: string;
  recorder: {
    label: string;
    checks?: Record<string, Check[]>;
    interactions?: Record<string, Interaction>;
  };
}

const decode = (b?: { $base64?: string } | null) => (b?.$base64 ? Buffer.from(b.$base64, 'base64').toString('utf8') : '');

export function parseFuzzReport(ndjson: string): Omit<FuzzOutcome, 'exitCode' | 'output'> {
  const scenarios: Scenario[] = [];
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as Record<string, unknown>;
    if (event.ScenarioFinished) scenarios.push(event.ScenarioFinished as Scenario);
  }
  const operations = new Set<string>();
  const failures = new Map<string, string>();
  const samples: string[] = [];
  let requests = 0;
  let serverErrors = 0;
  for (const s of scenarios) {
    const interactions = s.recorder.interactions ?? {};
    for (const [caseId, i] of Object.entries(interactions)) {
      operations.add(s.recorder.label);
      requests += 1;
      const status = i.response?.status_code ?? 0;
      if (status >= 500) serverErrors += 1;
      for (const check of s.recorder.checks?.[caseId] ?? []) {
        if (check.status !== 'failure') continue;
        const key = `${s.recorder.label}: ${check.name} (${status})`;
        if (failures.has(key)) continue;
        const title = check.failure_info?.failure?.title ?? '';
        failures.set(key, `${key} ${title}`.trim());
        if (samples.length < 60) {
          samples.push(
            `${i.request.method} ${i.request.uri} ${decode(i.request.body).slice(0, 300)} -> ${status} ${decode(i.response?.content).slice(0, 300)}`,
          );
        }
      }
    }
  }
  return { operations: operations.size, requests, serverErrors, failures: [...failures.values()].sort(), samples };
}

/**
 * Runs schemathesis against a started stack's OpenAPI document with a bearer token, within the
 * tests' budget (FUZZ_MAX_EXAMPLES, FUZZ_MAX_TIME, FUZZ_SEED, FUZZ_CHECKS), and reads its report.
 */
export function runSchemathesis(st: string, baseUrl: string, token: string, label: string): Promise<FuzzOutcome> {
  const dir = mkdtempSync(join(tmpdir(), `fuzz-${label}-`));
  const report = join(dir, 'report.ndjson');
  const args = [
    'run',
    `${baseUrl}/api/docs-json`,
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

/** Logs what a run found (for the CI log) and fails on any finding: no 5xx, every response as documented. */
export function expectCleanFuzz(role: string, outcome: FuzzOutcome) {
  console.log(
    `[fuzz] ${role}: ${outcome.operations} operations, ${outcome.requests} requests, ${outcome.serverErrors} 5xx, ${outcome.failures.length} failures`,
  );
  for (const f of outcome.failures) console.log(`[fuzz]   ${f}`);
  for (const r of outcome.samples) console.log(`[fuzz]   e.g. ${r}`);
  expect(outcome.operations, 'schemathesis tested the operations of the document').toBeGreaterThan(30);
  expect(outcome.requests).toBeGreaterThan(outcome.operations);
  expect(outcome.failures, outcome.output.slice(-3000)).toEqual([]);
  expect(outcome.serverErrors).toBe(0);
}
