/** Command-line options of `npm run bench`; see the README's Benchmark section. */
import { parseArgs } from 'node:util';

export const SECTIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  quick: boolean;
  /** Measured round-trips per latency row (after the warm-up). */
  samples: number;
  warmup: number;
  /** Action counts at which (f) reads the history. */
  checkpoints: number[];
  /** CSOs in (e)'s cohort and bare starts. */
  cohort: number;
  /** Open programs in (g). */
  openPrograms: number;
  /** Cohort items per POST /api/programs/cohort (the API takes at most 100). */
  cohortBatch: number;
  sections: Set<Section>;
  outDir: string;
  external: null | {
    url: string;
    temporalAddress: string;
    namespace: string;
    taskQueue: string;
    databaseUrl: string;
    workerPid: number | null;
    password: string;
  };
}

export const USAGE = `npm run bench -- [options]

Starts an embedded stack in a temporary folder (or uses a running one) and prints the figures of
issue 8, item 13, with their targets.

  --quick                 small counts, for a smoke check (about 2 minutes)
  --samples N             measured round-trips per latency row (default 200; quick 20)
  --warmup N              round-trips discarded first (default 10; quick 3)
  --history 10,100,500    action counts at which (f) reads the history (quick 5,10,20)
  --cohort N              CSOs for (e): bare starts and cohort start (default 200; quick 20)
  --open-programs N       open programs for (g)'s worker RSS (default 1000; quick 50)
  --cohort-batch N        items per cohort request (default 100, the API's maximum)
  --sections abcdefg      only these rows (a-d are measured together, interleaved)
  --out DIR               where the markdown table is written (default bench-results/)

A running system instead of the embedded one (all of it is then written to that system: CSOs
named "Bench <run>", their programs, audit entries, and a table mentorflow_bench_rows that is
dropped at the end):
  --url URL               the API, e.g. http://127.0.0.1:3000
  --temporal-address H:P  its Temporal frontend
  --namespace NS          (default "default")
  --task-queue Q          the system's task queue (default "mentorflow")
  --database-url URL      its PostgreSQL (postgres://...), for (b)'s row writes
  --worker-pid PID        the worker process, for (g) (read from /proc/PID/status)
  --password PW           the demo users' password (default "mentorflow-demo")
`;

function int(name: string, v: string | undefined, def: number, min = 1): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, not "${v}"`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h' },
      quick: { type: 'boolean', default: false },
      samples: { type: 'string' },
      warmup: { type: 'string' },
      history: { type: 'string' },
      cohort: { type: 'string' },
      'open-programs': { type: 'string' },
      'cohort-batch': { type: 'string' },
      sections: { type: 'string' },
      out: { type: 'string', default: 'bench-results' },
      url: { type: 'string' },
      'temporal-address': { type: 'string' },
      namespace: { type: 'string', default: 'default' },
      'task-queue': { type: 'string', default: 'mentorflow' },
      'database-url': { type: 'string' },
      'worker-pid': { type: 'string' },
      password: { type: 'string', default: 'mentorflow-demo' },
    },
  });
  if (values.help) return 'help';
  const q = values.quick!;
  const checkpoints = (values.history ?? (q ? '5,10,20' : '10,100,500')).split(',').map((s) => int('history', s.trim(), 0));
  if (checkpoints.some((c, i) => i > 0 && c <= checkpoints[i - 1]))
    throw new Error('--history must list increasing action counts, e.g. 10,100,500');
  const sections = new Set<Section>();
  for (const ch of values.sections ?? SECTIONS.join('')) {
    if (!(SECTIONS as readonly string[]).includes(ch)) throw new Error(`--sections takes letters a-g, not "${ch}"`);
    sections.add(ch as Section);
  }
  let external: BenchOptions['external'] = null;
  const given = ['url', 'temporal-address', 'database-url'].filter((k) => values[k as 'url'] !== undefined);
  if (given.length) {
    if (given.length < 3) throw new Error('A running system needs --url, --temporal-address and --database-url together');
    for (const k of ['url', 'temporal-address', 'database-url'] as const) {
      const v = values[k]!;
      const ok = k === 'url' ? /^https?:\/\//.test(v) : k === 'database-url' ? /^postgres(ql)?:\/\//.test(v) : /^[^\s:]+:\d+$/.test(v);
      if (!ok) throw new Error(`--${k} "${v}" is not a valid ${k === 'temporal-address' ? 'host:port' : 'URL'}`);
    }
    external = {
      url: values.url!,
      temporalAddress: values['temporal-address']!,
      namespace: values.namespace!,
      taskQueue: values['task-queue']!,
      databaseUrl: values['database-url']!,
      workerPid: values['worker-pid'] === undefined ? null : int('worker-pid', values['worker-pid'], 0, 1),
      password: values.password!,
    };
  }
  return {
    quick: q,
    samples: int('samples', values.samples, q ? 20 : 200),
    warmup: int('warmup', values.warmup, q ? 3 : 10, 0),
    checkpoints,
    cohort: int('cohort', values.cohort, q ? 20 : 200),
    openPrograms: int('open-programs', values['open-programs'], q ? 50 : 1000),
    cohortBatch: int('cohort-batch', values['cohort-batch'], 100),
    sections,
    outDir: values.out!,
    external,
  };
}
