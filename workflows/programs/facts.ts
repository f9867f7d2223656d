/**
 * What an action changed, as the read model applies it (plain types: the worker's projection
 * activity and the repair command use them too). A batch is numbered by the program's sequence
 * (its stateVersion): the read model applies a batch only when its number is higher than the one
 * it holds, in one transaction, so a retried or replayed batch never duplicates, reorders or goes
 * back.
 */
import type { NotificationInput, ProgramStatus } from './contract';
import type { BookTask } from './task-book';

/** A task as the read model stores it: the task book's own shape. */
export type TaskRow = BookTask;

export interface PlanItemRow {
  id: string;
  year: number;
  position: number;
  element: string;
  studyType: string;
  title: string;
  priority: string;
  targetDate: string;
  principles: string[];
  genderMarker: number;
  status: string;
  reason: string | null;
  updatedAt: string;
}

export interface VisitRow {
  id: string;
  organizationId: string;
  mentorId: string;
  year: number;
  date: string;
  mode: string;
  durationMinutes: number;
  notes: string;
  planItemIds: string[];
  createdBy: string;
}

/** A record a template program's stage allows (a meeting, a check-in), as the read model stores it. */
export interface RecordRow {
  id: string;
  /** The template's record id (its kind). */
  kind: string;
  /** The program's cycle (year) it belongs to. */
  year: number;
  stageId: string;
  data: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
}

/** Columns of the program's read-model row that workflows own (only changed ones travel). */
export interface ProgramColumns {
  status?: ProgramStatus;
  stage?: string;
  year?: number;
  mentorId?: string;
  genderExpertId?: string | null;
  openTaskCount?: number;
  overdueTaskCount?: number;
  visitCount?: number;
  lastContactAt?: string | null;
  planDone?: number;
  planTotal?: number;
  yearResults?: unknown[];
  comparison?: unknown;
  withdrawnReason?: string | null;
  details?: Record<string, unknown>;
}

export type TaskFactKind = 'task_opened' | 'task_completed' | 'task_cancelled' | 'task_reassigned' | 'task_changed';

export type Fact =
  | { kind: 'program'; set: ProgramColumns }
  | { kind: TaskFactKind; task: TaskRow }
  | { kind: 'plan_item'; item: PlanItemRow }
  | { kind: 'visit_logged'; visit: VisitRow }
  | { kind: 'record_added'; record: RecordRow }
  | { kind: 'notification'; notification: NotificationInput };

export interface FactBatch {
  programId: string;
  workflowId: string;
  /** The program's sequence after this action; strictly increasing across runs. */
  seq: number;
  at: string;
  /** A full snapshot (start, continue-as-new, repair) rather than a delta. */
  full: boolean;
  /** Written by the repair command from the workflow's query: applied even at the same number. */
  repair?: boolean;
  /** The API's pending audit row for the request behind this action, marked ok with the facts. */
  auditId: string | null;
  facts: Fact[];
}

/** Why a batch could not be applied for good (bad data, not an outage). */
export const PROJECTION_REJECTED = 'ProjectionRejected';

export interface ProjectionFailure {
  programId: string;
  workflowId: string;
  seq: number;
  reason: string;
}
