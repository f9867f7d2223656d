import type { ChildProcess } from 'node:child_process';
export declare class Supervisor {
  constructor(opts?: { log?: (m: string) => void });
  stopping: boolean;
  add(
    name: string,
    opts: { start: () => Promise<ChildProcess>; stop?: (child: ChildProcess) => Promise<void>; graceMs?: number },
  ): Promise<ChildProcess>;
  children(): ChildProcess[];
  shutdown(): Promise<void>;
}
export declare function stopProcess(child: ChildProcess, opts?: { signal?: NodeJS.Signals; graceMs?: number }): Promise<void>;
