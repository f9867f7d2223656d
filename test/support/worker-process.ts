/** A real worker in its own process (api/worker.ts from the sources), so a test can SIGKILL it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves once the worker polls its task queue. */
  ready: Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['-r', resolve('test/support/register-ts.cjs'), resolve('api/worker.ts')], {
    env: { ...process.env, ...env, LOG_LEVEL: 'log', LOG_FORMAT: 'text' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Polling task queue/.test(output)) resolveReady();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before polling:\n${output.slice(-2000)}`)));
  });
  return {
    child,
    ready,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}
