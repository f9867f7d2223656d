/**
 * npm run bench:read — the read side at national size (issue 13).
 *
 * Starts its own embedded PostgreSQL and Temporal dev server (no worker: nothing here writes
 * through a workflow), migrates a separate database, fills it with SQL (seed.ts), starts the
 * API on it and times every list, search, dashboard and report call the console makes, for a
 * program manager, a mentor and a gender expert, beside the API's cheapest authenticated call
 * (GET /api/auth/me, the floor). Prints p50/p95 and their ratios to the floor's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { percentile } from '../bench/stats';
import { EMBEDDED_PASSWORD, ROOT, startEmbeddedSystem } from '../bench/stack';
import { calls, programCalls, type Call } from './calls';
import { FULL_COUNTS, seedReadModel, type SeedCounts } from './seed';

interface Options {
  samples: number;
  warmup: number;
  scale: number;
  keep: boolean;
}

function options(argv: string[]): Options {
  const o: Options = { samples: 20, warmup: 5, scale: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => Number(argv[++i]);
    if (a === '--samples') o.samples = next();
    else if (a === '--warmup') o.warmup = next();
    else if (a === '--scale') o.scale = next();
    else if (a === '--keep') o.keep = true;
    else if (a === '--help') {
      console.log(
        'npm run bench:read [-- --samples 20 --warmup 5 --scale 1 --keep]\n  --scale 0.1: a tenth of the rows (a smoke run)\n  --keep: leave the stack running until Ctrl-C',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const log = (m: string) => console.log(`[bench:read] ${m}`);

async function login(api: string, email: string): Promise<{ token: string; id: string }> {
  const r = await fetch(`${api}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: EMBEDDED_PASSWORD }),
  });
  if (!r.ok) throw new Error(`login ${email}: ${r.status} ${await r.text()}`);
  const { accessToken } = (await r.json()) as { accessToken: string };
  const me = (await (await fetch(`${api}/api/auth/me`, { headers: { Authorization: `Bearer ${accessToken}` } })).json()) as { id: string };
  return { token: accessToken, id: me.id };
}

async function time(api: string, c: Call): Promise<{ ms: number; total: string | null }> {
  const t0 = performance.now();
  const r = await fetch(`${api}${c.path}`, { headers: { Authorization: `Bearer ${c.token}` } });
  const body = await r.arrayBuffer();
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`${c.role} ${c.name}: ${r.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
  return { ms, total: r.headers.get('content-range') };
}

async function main() {
  const o = options(process.argv.slice(2));
  const s = (k: number) => Math.max(1, Math.round(k * o.scale));
  const counts: SeedCounts = {
    ...FULL_COUNTS,
    programs: s(FULL_COUNTS.programs),
    tasks: s(FULL_COUNTS.tasks),
    visits: s(FULL_COUNTS.visits),
    improvements: s(FULL_COUNTS.improvements),
    audit: s(FULL_COUNTS.audit),
    notifications: s(FULL_COUNTS.notifications),
    events: s(FULL_COUNTS.events),
  };
  const sys = await startEmbeddedSystem(log, { worker: false, database: 'mentorflow_bench_read' });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await sys.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    log(
      `Filling the read model: ${counts.programs} programs, ${counts.tasks} tasks, ${counts.visits} visits, ${counts.improvements} plan items, ${counts.audit} audit rows ...`,
    );
    const db = new Client({ connectionString: sys.databaseUrl });
    await db.connect();
    const t0 = Date.now();
    await seedReadModel(db, counts, log);
    log(`Filled in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const [{ id: programId }] = (
      await db.query(`SELECT id FROM programs WHERE type = 'institutional' AND status = 'active' ORDER BY visit_count DESC LIMIT 1`)
    ).rows as { id: string }[];
    const [{ v: pgVersion }] = (await db.query("SELECT current_setting('server_version') AS v")).rows as { v: string }[];
    await db.end();

    const pm = await login(sys.apiUrl, 'pm@mentorflow.local');
    const mentor = await login(sys.apiUrl, 'mentor1@mentorflow.local');
    const ge = await login(sys.apiUrl, 'gender@mentorflow.local');
    const all = [...calls(pm.token, mentor, ge), ...programCalls(pm.token, programId)];
    const samples = new Map<Call, number[]>(all.map((c) => [c, []]));
    const totals = new Map<Call, string | null>();
    log(`Timing ${all.length} calls: ${o.warmup} warm-up rounds, then ${o.samples} rounds (one of each call per round) ...`);
    for (let round = 0; round < o.warmup + o.samples; round++) {
      for (const c of all) {
        const r = await time(sys.apiUrl, c);
        if (round >= o.warmup) samples.get(c)!.push(r.ms);
        totals.set(c, r.total);
      }
    }
    const floor = samples.get(all[0])!;
    const f50 = percentile(floor, 50);
    const f95 = percentile(floor, 95);
    const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));
    const lines = [
      `# bench:read, ${new Date().toISOString()}`,
      '',
      `${counts.programs} programs, ${counts.tasks} tasks, ${counts.visits} visits, ${counts.improvements} plan items, ${counts.audit} audit rows, ${counts.notifications} notifications; PostgreSQL ${pgVersion}; ${o.samples} samples after ${o.warmup} warm-up rounds; target p95 ≤ 50 ms`,
      '',
      '| role | call | p50 ms | p95 ms | p50/floor | p95/floor | ≤ 50 ms | Content-Range |',
      '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ];
    let over = 0;
    for (const c of all) {
      const xs = samples.get(c)!;
      const p50 = percentile(xs, 50);
      const p95 = percentile(xs, 95);
      if (p95 > 50) over++;
      lines.push(
        `| ${c.role} | ${c.name} | ${fmt(p50)} | ${fmt(p95)} | ${(p50 / f50).toFixed(1)}× | ${(p95 / f95).toFixed(1)}× | ${p95 <= 50 ? 'yes' : 'NO'} | ${totals.get(c) ?? ''} |`,
      );
    }
    lines.push('', `${all.length - 1} calls besides the floor; ${over} over 50 ms p95.`);
    const report = lines.join('\n');
    console.log(`\n${report}\n`);
    const dir = join(ROOT, 'bench-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `read-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    writeFileSync(file, `${report}\n`);
    log(`Written to ${file}`);
    if (o.keep) {
      log(`Stack kept: API ${sys.apiUrl}, database ${sys.databaseUrl}; Ctrl-C stops it`);
      await new Promise(() => undefined);
    }
  } finally {
    await stop();
  }
}

main().catch((err) => {
  console.error(`[bench:read] failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
