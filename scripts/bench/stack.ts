/**
 * The system under test: either an embedded stack this run starts in a temporary folder on free
 * loopback ports (Temporal dev server on SQLite, embedded PostgreSQL, migrations, the real worker
 * and the real API each as its own Node process), or a running one given by flags.
 */
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sleep } from './api-client';

export interface SystemUnderTest {
  apiUrl: string;
  temporalAddress: string;
  namespace: string;
  /** The task queue of the system's own worker. */
  taskQueue: string;
  databaseUrl: string;
  password: string;
  /** The real worker's process id, when known: its RSS is read from /proc/<pid>/status. */
  workerPid: number | null;
  embedded: boolean;
  /** Where the embedded servers keep their data and logs. */
  dir: string | null;
  stop(): Promise<void>;
}

export const EMBEDDED_PASSWORD = 'mentorflow-demo';

/** The repository root: this file runs compiled, from dist/scripts/bench/. */
export const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * The start-up helpers that npm start and the tests share (scripts/lib/*.mjs). They are ES
 * modules that the build does not copy to dist/, so they are imported from the sources.
 */
function sharedLib<T>(file: string): Promise<T> {
  return import(pathToFileURL(join(ROOT, 'scripts', 'lib', file)).href) as Promise<T>;
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** `worker: false` starts no worker (the read benchmark only reads; it needs no workflow bundle). */
export async function startEmbeddedSystem(
  log: (m: string) => void,
  opts: { worker?: boolean; database?: string } = {},
): Promise<SystemUnderTest> {
  const { freePort } = await sharedLib<typeof import('../lib/ports.mjs')>('ports.mjs');
  const { startEmbeddedPostgres } = await sharedLib<typeof import('../lib/postgres.mjs')>('postgres.mjs');
  const { WORKER_NODE_ARGS } = await sharedLib<typeof import('../lib/worker-flags.mjs')>('worker-flags.mjs');
  const { ensureTemporalCli, startTemporalDevServer } = await sharedLib<typeof import('../lib/temporal-cli.mjs')>('temporal-cli.mjs');
  const { stopProcess } = await sharedLib<typeof import('../lib/supervisor.mjs')>('supervisor.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'mentorflow-bench-'));
  // PostgreSQL runs as an unprivileged user when we are root: it must be able to enter the folder.
  chmodSync(dir, 0o755);
  const stoppers: (() => Promise<void>)[] = [];
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    for (const stop of stoppers.reverse()) await stop().catch((err) => log(`while stopping: ${(err as Error).message}`));
    stoppers.length = 0;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const cli = ensureTemporalCli({ log });
    const pg = await startEmbeddedPostgres({
      dir: join(dir, 'pg'),
      port: await freePort(),
      database: opts.database ?? 'mentorflow_bench',
      log,
    });
    stoppers.push(() => pg.stop());
    const temporalPort = await freePort();
    // SQLite-backed like `npm start`, so the figures are those of the embedded default.
    const temporal = await startTemporalDevServer({
      cli,
      port: temporalPort,
      headless: true,
      dbFile: join(dir, 'temporal.db'),
      logFile: join(dir, 'temporal.log'),
      log,
    });
    stoppers.push(() => stopProcess(temporal));
    const apiPort = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ['SMTP_URL', 'ADMIN_DIST_DIR', 'JWT_SECRET']) delete env[k];
    Object.assign(env, {
      NODE_ENV: 'development',
      DATABASE_URL: pg.url,
      TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'mentorflow',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      LOG_FORMAT: 'text',
      LOG_LEVEL: 'warn',
      WORKFLOW_BUNDLE_PATH: join(ROOT, 'dist', 'workflow-bundle.js'),
      SEED_DEMO_USERS: 'true',
      DEMO_PASSWORD: EMBEDDED_PASSWORD,
    });
    log('Running the migrations ...');
    execFileSync(process.execPath, [join(ROOT, 'dist', 'api', 'database', 'migrate.js')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const service = (name: string, script: string, nodeArgs: string[] = []) => {
      const logFile = join(dir, `${name}.log`);
      const out = openSync(logFile, 'a');
      const child = spawn(process.execPath, [...nodeArgs, join(ROOT, script)], { cwd: ROOT, env, stdio: ['ignore', out, out] });
      child.on('exit', (code, signal) => {
        if (!stopping) log(`${name} exited unexpectedly (code ${code}, signal ${signal}); last lines of ${logFile}:\n${tail(logFile)}`);
      });
      stoppers.push(() => stopProcess(child));
      return child;
    };
    // Run as npm start runs it (scripts/lib/worker-flags.mjs).
    const worker = opts.worker === false ? null : service('worker', join('dist', 'api', 'worker.js'), WORKER_NODE_ARGS);
    service('api', join('dist', 'api', 'main.js'));
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      const ok = await fetch(`${apiUrl}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline)
        throw new Error(`the API did not become healthy within 120 s; see ${join(dir, 'api.log')}:\n${tail(join(dir, 'api.log'))}`);
      await sleep(500);
    }
    log(`Embedded stack up in ${dir}: API ${apiUrl}, Temporal 127.0.0.1:${temporalPort}, worker pid ${worker?.pid ?? 'none'}`);
    return {
      apiUrl,
      temporalAddress: `127.0.0.1:${temporalPort}`,
      namespace: 'default',
      taskQueue: 'mentorflow',
      databaseUrl: pg.url,
      password: EMBEDDED_PASSWORD,
      workerPid: worker?.pid ?? null,
      embedded: true,
      dir,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

export function externalSystem(
  o: { url: string } & Pick<SystemUnderTest, 'temporalAddress' | 'namespace' | 'taskQueue' | 'databaseUrl' | 'password' | 'workerPid'>,
): SystemUnderTest {
  return { apiUrl: o.url.replace(/\/$/, ''), ...o, embedded: false, dir: null, stop: async () => undefined };
}

/** VmRSS and VmHWM (peak) of a process, in bytes; null when it cannot be read. */
export function readRss(pid: number | null): { rss: number; hwm: number } | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}
