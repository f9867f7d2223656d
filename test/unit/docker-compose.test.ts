/**
 * Checks the production-like deployment in docker/ without a Docker engine: parses
 * docker/compose.yaml (resolving ${VAR...} the way Compose does, with docker/.env.example),
 * the Dockerfiles, nginx.conf and the helper scripts, and holds them against the app's config
 * schema and the files `npm run build` produces.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { parse } from 'yaml';
import { configSchema } from '../../api/config/config.schema';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/shared/search-attributes';
import { WORKER_NODE_ARGS } from '../../scripts/lib/worker-flags.mjs';

const repoRoot = resolve(__dirname, '../..');
const dockerDir = join(repoRoot, 'docker');
const composePath = join(dockerDir, 'compose.yaml');

/** What `npm ci && npm run build` produces (paths relative to the repository root). */
const BUILD_OUTPUTS = [
  'dist/api/main.js',
  'dist/api/worker.js',
  'dist/api/database/migrate.js',
  'dist/workflow-bundle.js',
  'dist/admin/index.html',
];
const ENTRY_POINTS = ['dist/api/main.js', 'dist/api/worker.js', 'dist/api/database/migrate.js'];
const APP_SERVICES = ['migrate', 'api', 'worker'] as const;
const EXPECTED_SERVICES = ['postgres', 'temporal-schema', 'temporal', 'temporal-create-namespace', 'temporal-ui', ...APP_SERVICES, 'admin'];
/** The workflows' search attribute contract, as `name -> TYPE` (KEYWORD, INT, ...). */
const SEARCH_ATTRIBUTES: Record<string, string> = Object.fromEntries(
  ALL_SEARCH_ATTRIBUTES.map((key) => [key.name, String(key.type).toUpperCase()]),
);

type Env = Record<string, string>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

// ---------------------------------------------------------------------------------------------
// Compose-style interpolation
// ---------------------------------------------------------------------------------------------

/** Parses a dotenv file the way `docker compose --env-file` reads simple KEY=VALUE lines. */
function readEnvFile(path: string): Env {
  const env: Env = {};
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`${path}: not a KEY=VALUE line: ${raw}`);
    let value = line.slice(eq + 1).trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    env[line.slice(0, eq).trim()] = value;
  }
  return env;
}

const VAR_PATTERN = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Resolves $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}, ${VAR?err}, ${VAR:+alt}. */
function interpolate(text: string, env: Env): string {
  return text.replace(VAR_PATTERN, (match, name?: string, op?: string, arg = '', bare?: string) => {
    if (match === '$$') return '$';
    if (bare) return env[bare] ?? '';
    const key = name as string;
    const value = env[key];
    const set = value !== undefined;
    const nonEmpty = set && value !== '';
    switch (op) {
      case undefined:
        return value ?? '';
      case ':-':
        return nonEmpty ? value : interpolate(arg, env);
      case '-':
        return set ? value : interpolate(arg, env);
      case ':?':
        if (!nonEmpty) throw new Error(`required variable ${key} is missing a value: ${arg}`);
        return value;
      case '?':
        if (!set) throw new Error(`required variable ${key} is missing a value: ${arg}`);
        return value;
      case ':+':
        return nonEmpty ? interpolate(arg, env) : '';
      case '+':
        return set ? interpolate(arg, env) : '';
      default:
        throw new Error(`unsupported interpolation ${match}`);
    }
  });
}

function interpolateDeep(node: Json, env: Env): Json {
  if (typeof node === 'string') return interpolate(node, env);
  if (Array.isArray(node)) return node.map((item) => interpolateDeep(item, env));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolateDeep(v, env)]));
  }
  return node;
}

/** Every variable name the text references through ${...} or $VAR (not $$). */
function referencedVariables(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(VAR_PATTERN)) {
    const name = m[1] ?? m[4];
    if (name) names.add(name);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

const composeText = readFileSync(composePath, 'utf8');
// Compose supports YAML merge keys (<<: *anchor); the yaml package needs them switched on.
const rawCompose = parse(composeText, { merge: true }) as Obj;
const exampleFile = readEnvFile(join(dockerDir, '.env.example'));
/** .env.example as an operator fills it in: its JWT_SECRET placeholder is refused in production. */
const exampleEnv: Env = { ...exampleFile, JWT_SECRET: 'k3Jq9vR2mXz7Lw4pT8sB1nYc6Fh0Gd5eAaUoWiEr+/Q=' };

function loadCompose(env: Env): Obj {
  return interpolateDeep(rawCompose, env) as Obj;
}

const compose = loadCompose(exampleEnv);
const rawServices = rawCompose.services as Record<string, Obj>;
const services = compose.services as Record<string, Obj>;

function service(name: string): Obj {
  const svc = services[name];
  if (!svc) throw new Error(`service ${name} is missing from docker/compose.yaml`);
  return svc;
}

/** A service's environment as a map, whichever of the two Compose syntaxes it uses. */
function environmentOf(svc: Obj): Env {
  const env = svc.environment;
  if (env === undefined || env === null) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const text = String(entry);
        const eq = text.indexOf('=');
        return eq < 0 ? [text, ''] : [text.slice(0, eq), text.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env as Obj).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

interface PortMapping {
  host: number;
  container: number;
}

function portsOf(svc: Obj): PortMapping[] {
  const ports = (svc.ports ?? []) as Json[];
  return ports.map((entry) => {
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      return { host: Number(entry.published), container: Number(entry.target) };
    }
    // [host_ip:]host:container[/protocol]
    const parts = String(entry)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    if (parts.length < 2) throw new Error(`port ${String(entry)} publishes no fixed host port`);
    return { host: Number(parts[parts.length - 2]), container: Number(parts[parts.length - 1]) };
  });
}

function dependsOn(svc: Obj): Record<string, string> {
  const deps = svc.depends_on;
  if (!deps) return {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [String(d), 'service_started']));
  return Object.fromEntries(
    Object.entries(deps as Obj).map(([name, spec]) => [name, String((spec as Obj | null)?.condition ?? 'service_started')]),
  );
}

function commandOf(svc: Obj): string[] {
  const cmd = svc.command;
  if (cmd === undefined) return [];
  return Array.isArray(cmd) ? cmd.map(String) : String(cmd).split(/\s+/);
}

function isPinnedImage(image: string): boolean {
  const lastSegment = image.split('/').pop() ?? '';
  if (image.includes('@sha256:')) return true;
  const tag = lastSegment.includes(':') ? lastSegment.split(':').pop() : undefined;
  return !!tag && tag !== 'latest' && !/\$\{?/.test(tag);
}

function tagOf(image: string): string {
  return (image.split('/').pop() ?? '').split(':')[1] ?? '';
}

/** Bind mounts (short syntax "./src:/target[:ro]") as {source (absolute), target}. */
function bindMounts(svc: Obj): Array<{ source: string; target: string }> {
  const volumes = (svc.volumes ?? []) as Json[];
  return volumes
    .map((v) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        return { type: String(v.type), source: String(v.source), target: String(v.target) };
      }
      const [source, target] = String(v).split(':');
      return { type: /^[./~]/.test(source) ? 'bind' : 'volume', source, target };
    })
    .filter((m) => m.type === 'bind')
    .map((m) => ({ source: resolve(dockerDir, m.source), target: m.target }));
}

// ---------------------------------------------------------------------------------------------
// Dockerfiles
// ---------------------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name?: string;
  from: string;
  instructions: Instruction[];
}

function parseDockerfile(path: string): { args: Env; stages: Stage[] } {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const logical: string[] = [];
  let current = '';
  for (const line of lines) {
    if (/^\s*#/.test(line) && !current) continue;
    if (/^\s*#/.test(line)) continue; // comment inside a continuation
    if (/\\\s*$/.test(line)) {
      current += line.replace(/\\\s*$/, ' ');
      continue;
    }
    current += line;
    if (current.trim()) logical.push(current.trim());
    current = '';
  }
  if (current.trim()) logical.push(current.trim());

  const globalArgs: Env = {};
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\w+)\s+([\s\S]*)$/.exec(line);
    if (!match) continue;
    const keyword = match[1].toUpperCase();
    const args = match[2].trim();
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`${path}: cannot parse FROM ${args}`);
      stages.push({ from: interpolate(from[1], globalArgs), name: from[2], instructions: [] });
      continue;
    }
    if (keyword === 'ARG' && stages.length === 0) {
      const [name, ...rest] = args.split('=');
      globalArgs[name.trim()] = rest.join('=').trim();
      continue;
    }
    if (stages.length === 0) throw new Error(`${path}: ${keyword} before FROM`);
    stages[stages.length - 1].instructions.push({ keyword, args });
  }
  return { args: globalArgs, stages };
}

interface Copy {
  from?: string;
  sources: string[];
  dest: string;
}

function copiesOf(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === 'COPY')
    .map(({ args }) => {
      const words = args.split(/\s+/);
      const flags = words.filter((w) => w.startsWith('--'));
      const paths = words.filter((w) => !w.startsWith('--'));
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      return { from, sources: paths.slice(0, -1), dest: paths[paths.length - 1] };
    });
}

/** The stage's working directory (following its base stage), "/" when none is set. */
function workdirOf(stages: Stage[], stage: Stage): string {
  let dir = '/';
  const base = stages.find((s) => s.name === stage.from);
  if (base) dir = workdirOf(stages, base);
  for (const i of stage.instructions) {
    if (i.keyword === 'WORKDIR') dir = posix.resolve(dir, i.args);
  }
  return dir;
}

/** Every RUN of the stage and of the stages it is built FROM. */
function runsOf(stages: Stage[], stage: Stage): string[] {
  const base = stages.find((s) => s.name === stage.from);
  const own = stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
  return base ? [...runsOf(stages, base), ...own] : own;
}

/** The external image a stage finally rests on (following FROM <stage>). */
function baseImageOf(stages: Stage[], stage: Stage): string {
  const base = stages.find((s) => s.name === stage.from);
  return base ? baseImageOf(stages, base) : stage.from;
}

function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed)) throw new Error(`not an exec-form array: ${args}`);
  return parsed.map(String);
}

/**
 * Checks that every COPY of the Dockerfile takes something that exists: files of the build
 * context (the repository root) or, with --from=<stage>, files that stage creates.
 */
function expectCopiesResolve(dockerfile: string): void {
  const { stages } = parseDockerfile(dockerfile);
  for (const stage of stages) {
    for (const copy of copiesOf(stage)) {
      if (!copy.from) {
        for (const src of copy.sources) {
          expect(existsSync(join(repoRoot, src)), `${dockerfile}: COPY ${src} (build context)`).toBe(true);
        }
        continue;
      }
      const source = stages.find((s) => s.name === copy.from);
      expect(source, `${dockerfile}: COPY --from=${copy.from} names a stage`).toBeDefined();
      const src = source as Stage;
      const workdir = workdirOf(stages, src);
      const runs = runsOf(stages, src).join('\n');
      for (const abs of copy.sources) {
        const rel = posix.relative(workdir, posix.resolve(workdir, abs));
        if (rel === 'node_modules') {
          expect(runs, `${dockerfile}: stage ${copy.from} installs node_modules`).toMatch(/npm ci/);
        } else {
          expect(
            BUILD_OUTPUTS.some((out) => out === rel || out.startsWith(`${rel}/`)),
            `${dockerfile}: COPY --from=${copy.from} ${abs} is a build output (${BUILD_OUTPUTS.join(', ')})`,
          ).toBe(true);
          expect(runs, `${dockerfile}: stage ${copy.from} runs a build`).toMatch(/npm run build|vite build/);
        }
      }
    }
  }
}

function dockerfileOf(svc: Obj): string {
  const build = svc.build as Obj | string;
  const context = typeof build === 'string' ? build : String(build.context ?? '.');
  const dockerfile = typeof build === 'string' ? 'Dockerfile' : String(build.dockerfile ?? 'Dockerfile');
  return resolve(dockerDir, context, dockerfile);
}

function buildContextOf(svc: Obj): string {
  const build = svc.build as Obj | string;
  return resolve(dockerDir, typeof build === 'string' ? build : String(build.context ?? '.'));
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('docker/compose.yaml: services and images', () => {
  it('defines every service of the deployment', () => {
    expect(Object.keys(services).sort()).toEqual([...EXPECTED_SERVICES].sort());
  });

  it.each(EXPECTED_SERVICES)('%s has a pinned image or a build from an existing Dockerfile', (name) => {
    const svc = service(name);
    if (svc.build) {
      const dockerfile = dockerfileOf(svc);
      expect(existsSync(dockerfile), `${name}: ${dockerfile} exists`).toBe(true);
      expect(statSync(buildContextOf(svc)).isDirectory()).toBe(true);
    } else {
      expect(typeof svc.image, `${name} has an image`).toBe('string');
      expect(isPinnedImage(String(svc.image)), `${name}: ${String(svc.image)} is pinned`).toBe(true);
    }
  });

  it('uses PostgreSQL 17 and one Temporal release for server and admin-tools (no deprecated auto-setup)', () => {
    expect(String(service('postgres').image)).toMatch(/^postgres:17(\.\d+)?(-[a-z]+)?$/);
    const server = String(service('temporal').image);
    expect(server).toMatch(/^temporalio\/server:\d+\.\d+\.\d+$/);
    for (const job of ['temporal-schema', 'temporal-create-namespace']) {
      expect(String(service(job).image)).toBe(`temporalio/admin-tools:${tagOf(server)}`);
    }
    expect(String(service('temporal-ui').image)).toMatch(/^temporalio\/ui:\d+\.\d+\.\d+$/);
    expect(composeText).not.toMatch(/auto-setup/);
  });

  it('builds the app services (migrate, api, worker) from the same app image', () => {
    const dockerfiles = APP_SERVICES.map((name) => dockerfileOf(service(name)));
    expect(new Set(dockerfiles).size).toBe(1);
    expect(dockerfiles[0]).toBe(join(dockerDir, 'app.Dockerfile'));
    expect(buildContextOf(service('api'))).toBe(repoRoot);
    expect(new Set(APP_SERVICES.map((name) => String(service(name).image))).size).toBe(1);
    expect(dockerfileOf(service('admin'))).toBe(join(dockerDir, 'admin.Dockerfile'));
  });

  it('publishes api 3000, temporal 7233, temporal-ui 8233 (its 8080) and admin 8080', () => {
    expect(portsOf(service('api'))).toEqual([{ host: 3000, container: 3000 }]);
    expect(portsOf(service('temporal'))).toEqual([{ host: 7233, container: 7233 }]);
    expect(portsOf(service('temporal-ui'))).toEqual([{ host: 8233, container: 8080 }]);
    expect(portsOf(service('admin'))).toEqual([{ host: 8080, container: 8080 }]);
    // PostgreSQL stays on the internal network.
    expect(portsOf(service('postgres'))).toEqual([]);
  });

  it('every bind-mounted file exists', () => {
    const mounts = Object.values(services).flatMap((svc) => bindMounts(svc));
    expect(mounts.length).toBeGreaterThanOrEqual(4);
    for (const m of mounts) {
      expect(existsSync(m.source), `${m.source} (mounted at ${m.target})`).toBe(true);
    }
  });
});

describe('docker/compose.yaml: app environment against api/config/config.schema.ts', () => {
  const schemaKeys = Object.keys(configSchema.shape);

  it.each(APP_SERVICES)('%s: environment passes configSchema with NODE_ENV=production', (name) => {
    const env = environmentOf(service(name));
    const result = configSchema.safeParse(env);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
    expect(result.data?.NODE_ENV).toBe('production');
    expect(result.data?.SEED_DEMO_USERS).toBe(false);
  });

  it.each(APP_SERVICES)('%s: the compose defaults alone (an .env with just the secrets) pass too', (name) => {
    const minimal = { JWT_SECRET: exampleEnv.JWT_SECRET, POSTGRES_PASSWORD: exampleEnv.POSTGRES_PASSWORD };
    const svc = (loadCompose(minimal).services as Record<string, Obj>)[name];
    const result = configSchema.safeParse(environmentOf(svc));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.NODE_ENV).toBe('production');
  });

  it.each(APP_SERVICES)('%s: sets no variable the schema does not know (typos)', (name) => {
    const unknown = Object.keys(environmentOf(service(name))).filter((k) => !schemaKeys.includes(k));
    expect(unknown).toEqual([]);
  });

  it('all app services share one environment (x-app-env), the worker adds only WORKFLOW_BUNDLE_PATH', () => {
    const api = environmentOf(service('api'));
    expect(environmentOf(service('migrate'))).toEqual(api);
    const { WORKFLOW_BUNDLE_PATH, ...workerRest } = environmentOf(service('worker'));
    expect(WORKFLOW_BUNDLE_PATH).toBeDefined();
    expect(workerRest).toEqual(api);
    expect(rawCompose['x-app-env']).toBeTypeOf('object');
  });

  it('secrets are required (${VAR:?...}) and never defaulted', () => {
    const rawEnv = (rawServices.api.environment ?? {}) as Obj;
    expect(String(rawEnv.JWT_SECRET)).toMatch(/^\$\{JWT_SECRET:\?[^}]+\}$/);
    expect(String(rawEnv.DATABASE_URL)).toContain('${POSTGRES_PASSWORD:?');
    expect(composeText).not.toMatch(/\$\{(JWT_SECRET|POSTGRES_PASSWORD):?-/);
    for (const secret of ['JWT_SECRET', 'POSTGRES_PASSWORD']) {
      const { [secret]: _omitted, ...withoutSecret } = exampleEnv;
      expect(() => loadCompose(withoutSecret), `compose refuses to start without ${secret}`).toThrow(secret);
    }
  });

  it('the JWT secret placeholder of .env.example and the development default are refused in production', () => {
    const env = environmentOf(service('api'));
    expect(exampleFile.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    const placeholder = configSchema.safeParse({ ...env, JWT_SECRET: exampleFile.JWT_SECRET });
    expect(placeholder.success, 'the schema rejects the .env.example placeholder in production').toBe(false);
    expect(placeholder.error?.issues.map((i) => i.path.join('.'))).toContain('JWT_SECRET');
    const dev = configSchema.safeParse({ ...env, JWT_SECRET: undefined });
    expect(dev.success, 'the schema rejects the dev default JWT secret in production').toBe(false);
  });

  it('DATABASE_URL points at the postgres service, its credentials and the app database', () => {
    const url = new URL(environmentOf(service('api')).DATABASE_URL);
    const pg = environmentOf(service('postgres'));
    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe('postgres');
    expect(Object.keys(services)).toContain(url.hostname);
    expect(url.port).toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(pg.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(pg.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${pg.POSTGRES_DB}`);
    expect(pg.APP_DB_NAME).toBe(pg.POSTGRES_DB);
  });

  it('TEMPORAL_ADDRESS points at the temporal service frontend; namespace matches the namespace job and the UI', () => {
    const env = environmentOf(service('api'));
    const [host, port] = env.TEMPORAL_ADDRESS.split(':');
    expect(host).toBe('temporal');
    expect(Object.keys(services)).toContain(host);
    expect(portsOf(service('temporal')).map((p) => p.container)).toContain(Number(port));
    expect(environmentOf(service('temporal-create-namespace')).TEMPORAL_NAMESPACE).toBe(env.TEMPORAL_NAMESPACE);
    expect(environmentOf(service('temporal-create-namespace')).TEMPORAL_ADDRESS).toBe(env.TEMPORAL_ADDRESS);
    expect(environmentOf(service('temporal-ui')).TEMPORAL_ADDRESS).toBe(env.TEMPORAL_ADDRESS);
    expect(environmentOf(service('temporal-ui')).TEMPORAL_DEFAULT_NAMESPACE).toBe(env.TEMPORAL_NAMESPACE);
    // The console's deep links go to the UI's published port.
    expect(new URL(env.TEMPORAL_UI_URL).port).toBe(String(portsOf(service('temporal-ui'))[0].host));
  });

  it('docker/.env.example documents every variable compose.yaml reads', () => {
    const missing = [...referencedVariables(composeText)].filter((v) => !(v in exampleEnv));
    expect(missing).toEqual([]);
  });
});

describe('docker/compose.yaml: worker scaling and start order', () => {
  it('the worker loads the prebuilt workflow bundle', () => {
    expect(environmentOf(service('worker')).WORKFLOW_BUNDLE_PATH).toBe('/app/dist/workflow-bundle.js');
  });

  it('the worker can run as several replicas (WORKER_REPLICAS, default > 1)', () => {
    const worker = service('worker');
    const rawReplicas = String((rawServices.worker.deploy as Obj).replicas);
    expect(rawReplicas).toMatch(/^\$\{WORKER_REPLICAS:-\d+\}$/);
    expect(Number((worker.deploy as Obj).replicas)).toBeGreaterThan(1);
    const scaled = loadCompose({ ...exampleEnv, WORKER_REPLICAS: '5' }).services as Record<string, Obj>;
    expect(Number((scaled.worker.deploy as Obj).replicas)).toBe(5);
    // A fixed container name or host port would make a second replica fail to start.
    expect(worker.container_name).toBeUndefined();
    expect(worker.ports).toBeUndefined();
  });

  it('runs each role of the app image with its entry point', () => {
    expect(commandOf(service('migrate'))).toEqual(['node', 'dist/api/database/migrate.js']);
    expect(commandOf(service('api'))).toEqual(['node', 'dist/api/main.js']);
    // The worker's heap limit keeps its RSS bounded (scripts/lib/worker-flags.mjs).
    expect(commandOf(service('worker'))).toEqual(['node', ...WORKER_NODE_ARGS, 'dist/api/worker.js']);
    for (const name of APP_SERVICES) {
      const script = commandOf(service(name)).find((arg) => arg.endsWith('.js'));
      expect(ENTRY_POINTS).toContain(script);
    }
  });

  it('one-off jobs do not restart', () => {
    for (const job of ['migrate', 'temporal-schema', 'temporal-create-namespace']) {
      expect(service(job).restart, job).toBe('no');
    }
    for (const longRunning of ['postgres', 'temporal', 'temporal-ui', 'api', 'worker', 'admin']) {
      expect(service(longRunning).restart, longRunning).toBe('unless-stopped');
    }
  });

  it('waits for PostgreSQL health before anything uses it', () => {
    expect(JSON.stringify(service('postgres').healthcheck)).toMatch(/pg_isready/);
    expect(dependsOn(service('temporal-schema')).postgres).toBe('service_healthy');
    expect(dependsOn(service('migrate')).postgres).toBe('service_healthy');
  });

  it('creates the Temporal schema before the server starts, and the namespace once it is healthy', () => {
    expect(dependsOn(service('temporal'))['temporal-schema']).toBe('service_completed_successfully');
    expect(service('temporal').healthcheck).toBeTypeOf('object');
    expect(dependsOn(service('temporal-create-namespace')).temporal).toBe('service_healthy');
    expect(dependsOn(service('temporal-ui')).temporal).toMatch(/^service_(healthy|started)$/);
  });

  it.each(['api', 'worker'])('%s starts after the migrations completed and Temporal is up', (name) => {
    const deps = dependsOn(service(name));
    expect(deps.migrate).toBe('service_completed_successfully');
    expect(deps.temporal).toMatch(/^service_(healthy|started)$/);
    expect(deps['temporal-create-namespace']).toBe('service_completed_successfully');
  });

  it('the api is health-checked on /api/health and the console waits for it', () => {
    const check = JSON.stringify(service('api').healthcheck);
    expect(check).toContain('/api/health');
    expect(check).toContain(':3000');
    expect(dependsOn(service('admin')).api).toBe('service_healthy');
  });
});

describe('Temporal and PostgreSQL setup', () => {
  const temporalEnv = environmentOf(service('temporal'));
  const schemaEnv = environmentOf(service('temporal-schema'));
  const pgEnv = environmentOf(service('postgres'));

  it('the server uses PostgreSQL (postgres12 plugin) for persistence and visibility', () => {
    expect(temporalEnv.DB).toBe('postgres12');
    expect(temporalEnv.POSTGRES_SEEDS).toBe('postgres');
    expect(temporalEnv.DB_PORT).toBe('5432');
    expect(temporalEnv.POSTGRES_USER).toBe(pgEnv.POSTGRES_USER);
    expect(temporalEnv.POSTGRES_PWD).toBe(pgEnv.POSTGRES_PASSWORD);
    expect(temporalEnv.DBNAME).toBe('temporal');
    expect(temporalEnv.VISIBILITY_DBNAME).toBe('temporal_visibility');
    expect(temporalEnv.BIND_ON_IP).toBe('0.0.0.0');
    expect(temporalEnv.ENABLE_ES ?? 'false').toBe('false');
  });

  it('the init script creates the app database and both Temporal databases', () => {
    const script = readFileSync(join(dockerDir, 'postgres/init-databases.sh'), 'utf8');
    const mount = bindMounts(service('postgres')).find((m) => m.source.endsWith('init-databases.sh'));
    expect(mount?.target).toMatch(/^\/docker-entrypoint-initdb\.d\/.+\.sh$/);
    expect(script).toMatch(/CREATE DATABASE/);
    for (const variable of ['APP_DB_NAME', 'TEMPORAL_DB_NAME', 'TEMPORAL_VISIBILITY_DB_NAME']) {
      expect(script).toContain(`\${${variable}`);
    }
    expect(pgEnv.TEMPORAL_DB_NAME).toBe(temporalEnv.DBNAME);
    expect(pgEnv.TEMPORAL_VISIBILITY_DB_NAME).toBe(temporalEnv.VISIBILITY_DBNAME);
    expect(schemaEnv.TEMPORAL_DB_NAME).toBe(temporalEnv.DBNAME);
    expect(schemaEnv.TEMPORAL_VISIBILITY_DB_NAME).toBe(temporalEnv.VISIBILITY_DBNAME);
  });

  it('the schema job runs temporal-sql-tool setup-schema + update-schema on both stores', () => {
    const job = service('temporal-schema');
    const mount = bindMounts(job).find((m) => m.source.endsWith('setup-schema.sh'));
    expect(mount).toBeDefined();
    expect(commandOf(job)).toContain(mount?.target);
    expect(schemaEnv.SQL_PLUGIN).toBe('postgres12');
    expect(schemaEnv.SQL_HOST).toBe('postgres');
    expect(schemaEnv.SQL_PORT).toBe('5432');
    expect(schemaEnv.SQL_USER).toBe(pgEnv.POSTGRES_USER);
    expect(schemaEnv.SQL_PASSWORD).toBe(pgEnv.POSTGRES_PASSWORD);
    const script = readFileSync(join(dockerDir, 'temporal/setup-schema.sh'), 'utf8');
    expect(script).toMatch(/temporal-sql-tool --db "\$db" setup-schema -v 0\.0/);
    expect(script).toMatch(/temporal-sql-tool --db "\$db" update-schema -d "\$schema_dir"/);
    expect(script).toContain('/etc/temporal/schema/postgresql/v12');
    expect(script).toContain('"$SCHEMA_ROOT/temporal/versioned"');
    expect(script).toContain('"$SCHEMA_ROOT/visibility/versioned"');
  });

  it('the namespace job creates the namespace and registers every search attribute', () => {
    const job = service('temporal-create-namespace');
    const mount = bindMounts(job).find((m) => m.source.endsWith('create-namespace.sh'));
    expect(commandOf(job)).toContain(mount?.target);
    const script = readFileSync(join(dockerDir, 'temporal/create-namespace.sh'), 'utf8');
    expect(script).toMatch(/operator namespace create --namespace "\$NAMESPACE"/);
    expect(script).toMatch(/operator search-attribute create --namespace "\$NAMESPACE" --name "\$name" --type "\$type"/);
    const list = /SEARCH_ATTRIBUTES="([^"]+)"/.exec(script)?.[1] ?? '';
    const declared = Object.fromEntries(
      list.split(/\s+/).map((pair) => {
        const [name, type] = pair.split(':');
        return [name, type.toUpperCase()];
      }),
    );
    // Exactly the attributes (and types) of workflows/shared/search-attributes.ts.
    expect(Object.keys(SEARCH_ATTRIBUTES).length).toBeGreaterThanOrEqual(6);
    expect(declared).toEqual(SEARCH_ATTRIBUTES);
  });

  it('the dynamic config file is mounted where DYNAMIC_CONFIG_FILE_PATH points and is well formed', () => {
    const mount = bindMounts(service('temporal')).find((m) => m.source.endsWith('dynamicconfig.yaml'));
    expect(mount?.target).toBe(temporalEnv.DYNAMIC_CONFIG_FILE_PATH);
    const config = parse(readFileSync(join(dockerDir, 'temporal/dynamicconfig.yaml'), 'utf8')) as Obj;
    expect(Object.keys(config).length).toBeGreaterThan(0);
    for (const [key, values] of Object.entries(config)) {
      expect(Array.isArray(values), key).toBe(true);
      for (const v of values as Json[]) expect(Object.keys(v as Obj), key).toContain('value');
    }
    expect((config['frontend.enableUpdateWorkflowExecution'] as Obj[])[0].value).toBe(true);
  });
});

describe('docker/app.Dockerfile', () => {
  const path = join(dockerDir, 'app.Dockerfile');
  const { stages } = parseDockerfile(path);
  const runtime = stages[stages.length - 1];

  it('uses pinned Debian (glibc) Node.js 22 images in every stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const stage of stages) {
      const image = baseImageOf(stages, stage);
      expect(isPinnedImage(image), image).toBe(true);
      expect(image).toMatch(/^node:22\.\d+\.\d+-(bookworm|trixie)(-slim)?$/);
    }
  });

  it('installs with npm ci, builds with npm run build, ships production dependencies only', () => {
    const allRuns = stages.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args));
    expect(allRuns.some((r) => /\bnpm ci\b(?!.*--omit=dev)/.test(r))).toBe(true);
    expect(allRuns.some((r) => /\bnpm run build\b/.test(r))).toBe(true);
    const modules = copiesOf(runtime).find((c) => c.sources.some((s) => s.endsWith('node_modules')));
    expect(modules?.from).toBeDefined();
    const modulesStage = stages.find((s) => s.name === modules?.from) as Stage;
    expect(runsOf(stages, modulesStage).join('\n')).toMatch(/npm ci --omit=dev/);
    expect(runtime.instructions.some((i) => i.keyword === 'RUN' && /npm (ci|install)/.test(i.args))).toBe(false);
  });

  it('every COPY takes files of the repository or files the build produces', () => {
    expectCopiesResolve(path);
    const dist = copiesOf(runtime).find((c) => c.from && c.sources.some((s) => s.endsWith('/dist')));
    expect(dist?.dest).toMatch(/^(\.\/)?dist\/?$|^\/app\/dist\/?$/);
    expect(workdirOf(stages, runtime)).toBe('/app');
  });

  it('runs as an unprivileged user and starts an entry point the build produces', () => {
    const user = runtime.instructions.filter((i) => i.keyword === 'USER').pop();
    expect(user?.args).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user?.args);
    const cmd = runtime.instructions.filter((i) => i.keyword === 'CMD').pop();
    const argv = execForm(cmd?.args ?? '[]');
    expect(argv[0]).toBe('node');
    expect(ENTRY_POINTS).toContain(argv[1]);
    expect(ENTRY_POINTS).toContain(posix.relative('/app', posix.resolve('/app', argv[1])));
  });

  it('the worker bundle path is inside the copied dist folder', () => {
    const bundle = environmentOf(service('worker')).WORKFLOW_BUNDLE_PATH;
    expect(BUILD_OUTPUTS).toContain(posix.relative(workdirOf(stages, runtime), bundle));
  });
});

describe('docker/admin.Dockerfile and docker/admin/nginx.conf', () => {
  const path = join(dockerDir, 'admin.Dockerfile');
  const { stages } = parseDockerfile(path);
  const runtime = stages[stages.length - 1];
  const nginx = readFileSync(join(dockerDir, 'admin/nginx.conf'), 'utf8').replace(/#.*$/gm, '');

  /** Body of the first `location <prefix> { ... }` block (no nested blocks in this file). */
  function locationBlock(prefix: string): string {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const match = new RegExp(`location\\s+${escaped}\\s*\\{([^}]*)\\}`).exec(nginx);
    if (!match) throw new Error(`nginx.conf has no "location ${prefix}" block`);
    return match[1];
  }

  it('builds the console with vite and serves it with a pinned nginx', () => {
    const runs = stages.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args));
    expect(runs.some((r) => /npm ci/.test(r))).toBe(true);
    // The console build: `npm run build:admin` (package.json) or the vite command it stands for.
    const buildAdmin = String(
      (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Env }).scripts['build:admin'],
    );
    const viteConfig = /vite build --config (\S+)/.exec(buildAdmin)?.[1];
    expect(viteConfig, 'package.json build:admin is a vite build with a --config').toBeDefined();
    expect(runs.some((r) => /npm run build:admin\b/.test(r) || r.includes(`vite build --config ${viteConfig}`))).toBe(true);
    // ...whose output is the dist/admin the runtime stage copies.
    expect(readFileSync(join(repoRoot, String(viteConfig)), 'utf8')).toMatch(/['"`][./]*dist\/admin['"`]/);
    for (const stage of stages) expect(isPinnedImage(baseImageOf(stages, stage))).toBe(true);
    expect(runtime.from).toMatch(/^nginx:\d+\.\d+\.\d+(-[a-z]+)?$/);
  });

  it('every COPY takes files of the repository or files the build produces', () => {
    expectCopiesResolve(path);
    const conf = copiesOf(runtime).find((c) => c.sources.includes('docker/admin/nginx.conf'));
    expect(conf?.dest).toMatch(/^\/etc\/nginx\/conf\.d\/[\w-]+\.conf$/);
  });

  it('serves the copied console from the nginx root, listening on the published port', () => {
    const site = copiesOf(runtime).find((c) => c.from && c.sources.some((s) => s.endsWith('dist/admin')));
    expect(site).toBeDefined();
    const root = /^\s*root\s+([^;]+);/m.exec(nginx)?.[1].trim();
    expect(root?.replace(/\/$/, '')).toBe(site?.dest.replace(/\/$/, ''));
    const listen = Number(/^\s*listen\s+(\d+)\s*;/m.exec(nginx)?.[1]);
    expect(portsOf(service('admin')).map((p) => p.container)).toContain(listen);
  });

  it('proxies /api/ to api:3000 without rewriting the path', () => {
    const block = locationBlock('/api/');
    const target = /proxy_pass\s+([^;]+);/.exec(block)?.[1].trim() ?? '';
    // Either literally, or through a variable set in the block (resolved per request).
    const variable = /^\$(\w+)$/.exec(target)?.[1];
    const upstream = variable ? new RegExp(`set\\s+\\$${variable}\\s+([^;]+);`).exec(block)?.[1].trim() : target;
    expect(upstream).toBe('http://api:3000');
    expect(Object.keys(services)).toContain('api');
    expect(portsOf(service('api')).map((p) => p.container)).toContain(3000);
    if (variable) expect(nginx).toMatch(/resolver\s+127\.0\.0\.11/);
  });

  it('falls back to index.html for client-side routes', () => {
    expect(locationBlock('/')).toMatch(/try_files\s+\$uri\s+\$uri\/\s+\/index\.html\s*;/);
    expect(nginx).toMatch(/^\s*index\s+index\.html\s*;/m);
  });
});

describe('docker/ build contexts and documentation', () => {
  it.each(['app.Dockerfile', 'admin.Dockerfile'])(
    '%s has a .dockerignore that keeps secrets, dependencies and outputs out of the context',
    (dockerfile) => {
      const ignore = readFileSync(join(dockerDir, `${dockerfile}.dockerignore`), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
      for (const pattern of ['.git', 'dist', '.env']) expect(ignore, pattern).toContain(pattern);
      expect(ignore.some((p) => /^(\*\*\/)?node_modules$/.test(p))).toBe(true);
      // Nothing the Dockerfiles COPY from the context may be ignored.
      for (const kept of [
        'package.json',
        'package-lock.json',
        'api',
        'workflows',
        'admin',
        'scripts',
        'docker',
        'docker/admin/nginx.conf',
      ]) {
        expect(ignore, kept).not.toContain(kept);
      }
    },
  );

  it('the README tells how to run, scale the workers and reach the Web UIs', () => {
    const readme = readFileSync(join(dockerDir, 'README.md'), 'utf8');
    expect(readme).toContain('docker compose -f docker/compose.yaml --env-file docker/.env up -d');
    expect(readme).toMatch(/WORKER_REPLICAS|--scale worker=/);
    expect(readme).toContain('http://localhost:8233');
    expect(readme).toContain('http://localhost:8080');
  });

  it('the helper scripts are executable shell scripts', () => {
    for (const script of ['postgres/init-databases.sh', 'temporal/setup-schema.sh', 'temporal/create-namespace.sh']) {
      const file = join(dockerDir, script);
      expect(readFileSync(file, 'utf8').startsWith('#!/bin/')).toBe(true);
      expect(statSync(file).mode & 0o111, script).not.toBe(0);
    }
  });
});
