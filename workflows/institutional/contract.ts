import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { NotificationInput, ProgramStatus, RoleActor, TaskStatus } from '../programs/contract';
import type { Actor } from '../shared/actor';
import type { InstitutionalConfig } from './config';
import type { ElementSlug, InstitutionalStage, InstitutionalTaskType, PlanItemStatus, PrincipleSlug } from './model';
import type { PlanItemInput, PlanItemStatusInput, TaskData, VisitInput } from './task-data';

export const INSTITUTIONAL_WORKFLOW = 'institutionalProgram';
export const institutionalWorkflowId = (programId: string) => `institutional-program-${programId}`;

export interface InstitutionalProgramInput {
  programId: string;
  organizationId: string;
  organizationName: string;
  mentorId: string;
  genderExpertId: string;
  /** The program manager who started it: overdue notices go to them. */
  managerId: string;
  startedBy: Actor;
  startDate: string;
  years: number;
  config: InstitutionalConfig;
  /** Set when a new year starts with continue-as-new. */
  carried?: CarriedState;
}

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
}

export interface ProgramTask {
  id: string;
  type: InstitutionalTaskType;
  year: number;
  assigneeId: string;
  status: TaskStatus;
  openedAt: string;
  dueAt: string;
  overdue: boolean;
  completedAt: string | null;
  completedBy: string | null;
  cancelledReason: string | null;
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
}

export interface VisitRecord extends VisitInput {
  id: string;
  programId: string;
  organizationId: string;
  mentorId: string;
  year: number;
  createdBy: Actor;
}

// Updates: validated before anything reaches history; they return after the read model is written.
export const completeTaskUpdate = defineUpdate<ProgramTask, [{ taskId: string; data: unknown; actor: RoleActor }]>('completeTask');
export const logVisitUpdate = defineUpdate<VisitRecord, [{ visit: VisitInput; actor: RoleActor }]>('logVisit');
export const setPlanItemStatusUpdate = defineUpdate<PlanItem, [{ itemId: string; change: PlanItemStatusInput; actor: RoleActor }]>(
  'setPlanItemStatus',
);

// Controls: fire-and-forget signals (the API checks the live state first and audits them).
export const pauseSignal = defineSignal<[{ actor: Actor; reason?: string }]>('pause');
export const resumeSignal = defineSignal<[{ actor: Actor }]>('resume');
export const withdrawSignal = defineSignal<[{ actor: Actor; reason: string }]>('withdraw');
export const reassignSignal = defineSignal<[{ actor: Actor; mentorId?: string; genderExpertId?: string }]>('reassign');
export const closeYearSignal = defineSignal<[{ actor: Actor }]>('closeYear');

export const stateQuery = defineQuery<InstitutionalSnapshot>('state');

export interface InstitutionalActivities {
  projectInstitutionalProgram(snapshot: InstitutionalSnapshot): Promise<void>;
  recordVisit(visit: VisitRecord): Promise<void>;
  notify(notifications: NotificationInput[]): Promise<void>;
}
