import type { ProgramType as BuiltInProgramType } from '../../../workflows/programs/types';

/** A built-in program type, or the key of a type designed in the console (issue 10). */
export type ProgramType = BuiltInProgramType | (string & {});

/** POST /api/organizations/import */
export interface ImportResult {
  created: { row: number; id: string; name: string }[];
  rejected: { row: number; name: string | null; errors: Record<string, string> }[];
}

/** POST /api/programs/cohort/plan */
export interface CohortAssignment {
  organizationId: string;
  organizationName: string | null;
  mentorId: string | null;
  mentorName: string | null;
  reason?: string;
  /** The organization already runs a program of this type (it gets no mentor). */
  alreadyRunning?: { programId: string };
}

export interface CohortPlan {
  assignments: CohortAssignment[];
  loads: { mentorId: string; mentorName: string; programs: number }[];
  limit: number | null;
}

export interface CohortStartBody {
  type: ProgramType;
  items: { organizationId: string; mentorId: string }[];
  genderExpertId?: string;
  startDate?: string;
  years?: number;
  override?: boolean;
}

export interface ItemResult {
  organizationId: string;
  ok: boolean;
  programId?: string;
  statusCode?: number;
  message?: string;
}

/** POST /api/programs/cohort */
export interface CohortStartResult {
  started: number;
  failed: number;
  results: ItemResult[];
}

/** close-stage: designed types only; each program's own current stage (sent grouped by stage). */
export type BulkSignalName = 'pause' | 'resume' | 'withdraw' | 'reassign' | 'close-stage';

/** POST /api/programs/signals/:name */
export interface BulkSignalResult {
  accepted: number;
  refused: number;
  results: { programId?: string; organizationId: string; ok: boolean; statusCode?: number; message?: string }[];
}
