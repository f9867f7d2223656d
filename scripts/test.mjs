// `npm test`: installs whatever the tests need (npm packages, the Temporal CLI and its
// time-skipping test server, Chromium,
// schemathesis), lints, builds the console the browser tests drive, type-checks, then runs the whole
// vitest suite against real servers started by the suite itself. Extra arguments go to vitest (e.g. `npm test -- test/unit`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNodeVersion, ensureChromium, ensureNodeModules, ensureSchemathesis, run } from './lib/bootstrap.mjs';
import { ensureTemporalCli, ROOT } from './lib/temporal-cli.mjs';
import { ensureTimeSkippingServer } from './lib/time-skipping-server.mjs';

const log = (m) => console.log(`[test] ${m}`);

try {
  checkNodeVersion();
  ensureNodeModules({ log });
  process.env.TEMPORAL_CLI_PATH = ensureTemporalCli({ log });
  process.env.TEMPORAL_TEST_SERVER_PATH = ensureTimeSkippingServer({ log });
  process.env.CHROMIUM_PATH = ensureChromium({ log });
  process.env.SCHEMATHESIS_PATH = ensureSchemathesis({ log });
  // Lint first: it takes seconds and fails the run on any error (see eslint.config.mjs).
  run('npx', ['eslint', '.', '--max-warnings', '0'], { log });
  run('npx', ['prettier', '--check', '--log-level', 'warn', '.'], { log });
  run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], { log });
  run('npx', ['tsc', '-p', 'admin/tsconfig.json', '--noEmit'], { log });
  run('npx', ['vite', 'build', '--config', 'admin/vite.config.mts', '--logLevel', 'warn'], { log });
} catch (err) {
  console.error(`[test] setup failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

const resultsDir = join(ROOT, 'test-results');
mkdirSync(resultsDir, { recursive: true });
const jsonFile = join(resultsDir, 'vitest.json');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`, ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
);

// One plain closing line that any CI can read; the exit status follows it too (a failed test or
// suite fails the run even if vitest itself exited 0).
let failed = vitest.status !== 0;
if (existsSync(jsonFile)) {
  const r = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (r.numFailedTests > 0 || r.numFailedTestSuites > 0 || r.numTotalTests === 0) failed = true;
} else {
  failed = true;
}
process.exit(failed ? 1 : 0);
