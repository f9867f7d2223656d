import type { ProgramBase, ProgramStatus } from '../institutional/types';

/** GET /programs/:id for a program of a designed type (issue 10's contract). */
export interface TemplateProgramRecord extends ProgramBase {
  type: string;
  /** Stage id, or 'completed'. */
  stage: string;
  lastContactAt: string | null;
  details?: { figures?: Record<string, number | null>; stageStartedAt?: string } | null;
  template?: { key: string; version: number; versionId: string };
  live?: {
    status?: ProgramStatus;
    stage?: string;
    stageName?: unknown;
    cycle?: number;
    records?: Record<string, number>;
    figures?: Record<string, number | null>;
    history?: { at: string; step: string; year?: number; by?: string }[];
    upcoming?: { kind: string; at: string; [k: string]: unknown }[];
  } | null;
}
