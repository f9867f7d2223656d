/**
 * Plain data types of the institutional program (no SDK imports), shared by the workflow, the API
 * and the console.
 */
import type { ProgramStatus, Upcoming } from '../programs/types';
import type { BookTask } from '../programs/task-book';

export type { Upcoming } from '../programs/types';
import type { Actor } from '../shared/actor';
import type { ElementSlug, InstitutionalStage, InstitutionalTaskType, PlanItemStatus, PrincipleSlug } from './model';
import type { PlanItemInput, TaskData, VisitInput } from './task-data';

export interface YearResult {
  year: number;
  selfAssessment: Grades | null;
  reEvaluation: Grades | null;
  planned: number;
  done: number;
  dropped: number;
  /** done / (items not dropped); null when nothing was planned. */
  implementationRate: number | null;
  closedAt: string;
}

export interface Grades {
  elements: Record<ElementSlug, number>;
  principles: Record<PrincipleSlug, number>;
}

export interface HistoryEntry {
  at: string;
  year: number;
  step: string;
  by: string | null;
}

export interface CarriedState {
  year: number;
  yearResults: YearResult[];
  history: HistoryEntry[];
  visitCount: number;
  lastContactAt: string | null;
  stateVersion: number;
  /** A pause that was in force when the year ended carries into the next (version 2). */
  pausedAt?: string | null;
}

/** The workflow's own state beyond the snapshot, carried exactly by a mid-year continue-as-new. */
export interface ResumedInstitutionalState extends InstitutionalSnapshot {
  reminderDueAt: number | null;
  midYearReviewAt: number | null;
}

export interface ProgramTask extends BookTask {
  type: InstitutionalTaskType;
  data: TaskData | null;
}

export interface PlanItem extends PlanItemInput {
  id: string;
  year: number;
  position: number;
  status: PlanItemStatus;
  reason: string | null;
  updatedAt: string;
}

export interface Comparison {
  elements: Record<ElementSlug, { before: number | null; after: number | null }>;
  principles: Record<PrincipleSlug, { before: number | null; after: number | null }>;
}

/** The live state (query) and what the projection writes to the read model. */
export interface InstitutionalSnapshot {
  programId: string;
  workflowId: string;
  organizationId: string;
  mentorId: string;
  genderExpertId: string;
  managerId: string;
  status: ProgramStatus;
  stage: InstitutionalStage;
  year: number;
  years: number;
  startDate: string;
  yearStartedAt: string;
  yearEndsAt: string | null;
  pausedAt: string | null;
  withdrawnReason: string | null;
  configVersion: number;
  tasks: ProgramTask[];
  planItems: PlanItem[];
  visitCount: number;
  lastContactAt: string | null;
  yearResults: YearResult[];
  history: HistoryEntry[];
  comparison: Comparison | null;
  /** Grows with every change; the projection ignores snapshots older than what it has written. */
  stateVersion: number;
  /** Version 2: set when a projection could not be applied; cleared by a repair. */
  readModelBehind?: { seq: number; reason: string; at: string } | null;
  /** Version 2's query: what comes next, soonest first. */
  upcoming?: Upcoming[];
}

export interface VisitRecord extends VisitInput {
  id: string;
  programId: string;
  organizationId: string;
  mentorId: string;
  year: number;
  createdBy: Actor;
}
