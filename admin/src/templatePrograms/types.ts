import type { ProgramStatus } from '../institutional/types';

/** GET /programs/:id for a program of a designed type (issue 10's contract). */
export interface TemplateProgramRecord {
  id: string;
  type: string;
  organizationId: string;
  organizationName: string;
  mentorId: string;
  mentorName: string;
  genderExpertId: string | null;
  genderExpertName: string | null;
  status: ProgramStatus;
  /** Stage id, or 'completed'. */
  stage: string;
  year: number;
  startDate: string;
  openTaskCount: number;
  overdueTaskCount: number;
  lastContactAt: string | null;
  readModelError?: { seq: number; reason: string; at: string } | null;
  details?: { figures?: Record<string, number | null>; stageStartedAt?: string } | null;
  template?: { key: string; version: number; versionId: string };
  temporalUiUrl?: string | null;
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

export const isTemplateProgram = (record: { template?: unknown } | undefined | null): boolean => !!record?.template;
