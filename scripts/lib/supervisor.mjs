// Keeps the processes of `npm start` running: a process that dies without being asked to is
// started again after a backoff (1 s, 2 s, 4 s ... 30 s; back to 1 s once it ran a minute), with
// a line saying so. On shutdown everything is stopped in the reverse order of start, each process
// waited for (SIGKILL after a grace period), so nothing is left behind.
const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000, 30000];
const STABLE_MS = 60_000;

export class Supervisor {
  /** @param {{ log?: (m: string) => void }} [opts] */
  constructor({ log = console.log } = {}) {
    this.log = log;
    this.services = [];
    this.stopping = false;
  }

  /**
   * Starts a service and keeps it running.
   * start() resolves to its ChildProcess once it is ready; stop(child) ends it (default: SIGTERM,
   * SIGKILL after graceMs).
   */
  async add(name, { start, stop, graceMs = 15_000 }) {
    const svc = {
      name,
      start,
      stop: stop ?? ((child) => stopProcess(child, { graceMs })),
      child: null,
      pending: null,
      failures: 0,
      timer: null,
    };
    this.services.push(svc);
    svc.child = await this.starting(svc);
    if (!this.stopping) this.watch(svc);
    return svc.child;
  }

  /** Runs svc.start(), remembered so that a shutdown meanwhile waits for it and stops its process. */
  starting(svc) {
    svc.pending = svc.start().finally(() => {
      svc.pending = null;
    });
    return svc.pending;
  }

  /** Every process currently running (for a last-resort kill on exit). */
  children() {
    return this.services.map((s) => s.child).filter((c) => c && c.exitCode === null && !c.signalCode);
  }

  watch(svc) {
    const child = svc.child;
    const startedAt = Date.now();
    child.once('exit', (code, signal) => {
      if (this.stopping || svc.child !== child) return;
      if (Date.now() - startedAt > STABLE_MS) svc.failures = 0;
      this.log(`${svc.name} exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`}, pid ${child.pid})`);
      this.scheduleRestart(svc);
    });
  }

  scheduleRestart(svc) {
    const delay = BACKOFF_MS[Math.min(svc.failures, BACKOFF_MS.length - 1)];
    svc.failures += 1;
    this.log(`restarting ${svc.name} in ${delay / 1000} s (restart ${svc.failures})`);
    // The delay also lets a Ctrl-C that reached the whole process group win over a restart.
    svc.timer = setTimeout(async () => {
      svc.timer = null;
      if (this.stopping) return;
      try {
        svc.child = await this.starting(svc);
        if (this.stopping) return;
        this.log(`${svc.name} restarted (pid ${svc.child.pid})`);
        this.watch(svc);
      } catch (err) {
        if (this.stopping) return;
        this.log(`${svc.name} could not be restarted: ${err instanceof Error ? err.message : err}`);
        this.scheduleRestart(svc);
      }
    }, delay);
  }

  /** Stops every service, last started first; resolves when all have exited. */
  async shutdown() {
    this.stopping = true;
    for (const svc of this.services) if (svc.timer) clearTimeout(svc.timer);
    for (const svc of [...this.services].reverse()) {
      if (svc.pending) {
        try {
          svc.child = await svc.pending;
        } catch {
          /* it did not start: nothing to stop */
        }
      }
      if (!svc.child) continue;
      try {
        await svc.stop(svc.child);
        this.log(`${svc.name} stopped`);
      } catch (err) {
        this.log(`while stopping ${svc.name}: ${err instanceof Error ? err.message : err}`);
      }
    }
  }
}

/** Sends `signal`, waits for the exit, SIGKILLs after graceMs. Resolves at once if already gone. */
export function stopProcess(child, { signal = 'SIGTERM', graceMs = 15_000 } = {}) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
