/**
 * The supervisor behind `npm start` (scripts/lib/supervisor.mjs), with real child processes:
 * a process killed with SIGKILL is started again after the backoff with lines saying so; on
 * shutdown every process is stopped and waited for, none left running; a process that will not
 * stop on SIGTERM is killed after the grace period.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Supervisor } from '../../scripts/lib/supervisor.mjs';

const alive = (pid: number | undefined) => {
  try {
    process.kill(pid!, 0);
    return true;
  } catch {
    return false;
  }
};
const until = async (fn: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};
/** A child that runs until told to stop; with stubborn=true it ignores SIGTERM. */
const sleeper = (stubborn = false): Promise<ChildProcess> => {
  const code = `${stubborn ? "process.on('SIGTERM', () => {});" : ''} setInterval(() => {}, 1000); console.log('ready');`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve) => child.stdout!.once('data', () => resolve(child)));
};

describe('npm start supervisor', () => {
  it('restarts a process killed with SIGKILL, says so, and stops everything on shutdown', async () => {
    const lines: string[] = [];
    const sup = new Supervisor({ log: (m) => lines.push(m) });
    const first = await sup.add('worker', { start: () => sleeper() });
    const other = await sup.add('api', { start: () => sleeper() });
    first.kill('SIGKILL');
    await until(() => lines.some((l) => l.startsWith('worker restarted')));
    expect(lines).toContain(`worker exited unexpectedly (signal SIGKILL, pid ${first.pid})`);
    expect(lines).toContain('restarting worker in 1 s (restart 1)');
    const [second] = sup.children().filter((c) => c !== other);
    expect(second.pid).not.toBe(first.pid);
    expect(alive(second.pid)).toBe(true);

    // Killed again at once: the backoff doubles.
    second.kill('SIGKILL');
    await until(() => lines.some((l) => l === 'restarting worker in 2 s (restart 2)'));
    await until(() => lines.filter((l) => l.startsWith('worker restarted')).length === 2, 8000);

    const pids = sup.children().map((c) => c.pid);
    expect(pids).toHaveLength(2);
    await sup.shutdown();
    expect(lines.slice(-2)).toEqual(['api stopped', 'worker stopped']);
    for (const pid of pids) expect(alive(pid), `pid ${pid} still running`).toBe(false);
    expect(sup.children()).toEqual([]);
  }, 30_000);

  it('does not restart what dies during shutdown (Ctrl-C reaches the whole process group) and kills a stubborn process', async () => {
    const lines: string[] = [];
    const sup = new Supervisor({ log: (m) => lines.push(m) });
    const plain = await sup.add('temporal', { start: () => sleeper() });
    const stubborn = await sup.add('api', { start: () => sleeper(true), graceMs: 500 });
    // As with a terminal's Ctrl-C: the child gets SIGINT at the same moment as we do.
    plain.kill('SIGINT');
    await sup.shutdown();
    await new Promise((r) => setTimeout(r, 1500));
    expect(lines.some((l) => l.startsWith('restarting'))).toBe(false);
    expect(alive(plain.pid)).toBe(false);
    expect(alive(stubborn.pid)).toBe(false);
    expect(stubborn.signalCode).toBe('SIGKILL');
  }, 30_000);
});
