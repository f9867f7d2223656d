/** What a run measured; report.ts turns it into the table. */
export type LatencyKey = 'a' | 'b' | 'bLocal' | 'c' | 'd';

export interface HistoryPoint {
  actions: number;
  events: number;
  bytes: number;
  runs: number;
  /** p50 of the action requests since the previous point. */
  p50Ms: number;
}

export interface HistorySeries {
  label: string;
  points: HistoryPoint[];
  error?: string;
}

export interface Results {
  latency: Partial<Record<LatencyKey, number[]>>;
  latencyError?: string;
  starts?: { n: number; bareMs: number; cohortMs: number; cohortStarted: number; failures: string[]; error?: string };
  history: HistorySeries[];
  memory?: {
    idle: { rss: number; hwm: number } | null;
    rss: { rss: number; hwm: number } | null;
    openPrograms: number;
    runningWorkflows: number | null;
    waitMs: number;
    error?: string;
  };
  notes: string[];
}
