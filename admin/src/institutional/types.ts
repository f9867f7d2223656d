import type { ContactMode, InstitutionalConfig, InstitutionalStage, InstitutionalTaskType, TaskData } from './domain';

/**
 * API response shapes. The workflow's own data types come from workflows/institutional/types.ts
 * (plain types, no Temporal SDK), so the console and the workflow cannot drift apart.
 */
import type { ProgramStatus } from '../../../workflows/programs/types';
import type { BookTask } from '../../../workflows/programs/task-book';
import type { Comparison, Grades, InstitutionalSnapshot, PlanItem, YearResult } from '../../../workflows/institutional/types';

export type { ProgramStatus, TaskStatus } from '../../../workflows/programs/types';
export type {
  Comparison,
  Grades,
  HistoryEntry,
  InstitutionalSnapshot,
  PlanItem,
  ProgramTask,
  YearResult,
} from '../../../workflows/institutional/types';

/** What GET /api/programs/:id says of every program, whatever its type: who and where it stands. */
export interface ProgramBase {
  id: string;
  organizationId: string;
  organizationName: string;
  mentorId: string;
  mentorName: string;
  genderExpertId: string | null;
  genderExpertName: string | null;
  status: ProgramStatus;
  year: number;
  startDate: string;
  openTaskCount: number;
  overdueTaskCount: number;
  temporalUiUrl?: string | null;
  /** Set when a projection failed for good (the read model is behind the workflow). */
  readModelError?: { seq: number; reason: string; at: string } | null;
}

export interface ProgramRecord extends ProgramBase {
  workflowId: string;
  type: 'institutional';
  managerId: string;
  stage: InstitutionalStage;
  years: number;
  /** The language of the program's documents (the self-assessment report). */
  language: 'en' | 'tr';
  configVersion: number;
  visitCount: number;
  lastContactAt: string | null;
  planDone: number;
  planTotal: number;
  yearResults: YearResult[];
  comparison: Comparison | null;
  withdrawnReason: string | null;
  createdAt: string;
  updatedAt: string;
  /** Only on GET /api/programs/:id. */
  live?: InstitutionalSnapshot | null;
  config?: InstitutionalConfig;
}

/** A task as the workflow's task book keeps it, with whose program it is and the people's names. */
export interface TaskRecord extends Omit<BookTask, 'type' | 'cancelledReason' | 'data'> {
  programId: string;
  workflowId: string;
  organizationId: string;
  organizationName: string;
  type: InstitutionalTaskType;
  assigneeName: string;
  cancelledReason?: string | null;
  data: TaskData | null;
  /** A task of a designed program type: its name as designed (issue 10). */
  taskName?: { en: string; tr: string } | null;
  /** Only on GET /api/tasks/:id. */
  context?: TaskContext;
}

export interface TaskContext {
  config: InstitutionalConfig;
  /** For a re-evaluation: this year's self-assessment grades. */
  previousGrades: Grades | null;
  /** For an improvement plan: the gender report asked for a gender mainstreaming item. */
  genderPlanRequired?: boolean;
  /** For a gender plan review: the plan under review. */
  planItems?: PlanItem[];
  /** What the gender report, improvement plan and re-evaluation build on (this year's self-assessment). */
  selfAssessment?: SelfAssessmentContext | null;
  /** For an improvement plan (and gender plan review): the gender report's recommendations. */
  genderReport?: GenderReportContext | null;
}

export interface SelfAssessmentContext {
  taskId: string;
  completedAt: string | null;
  sessionDates: string[];
  participants: { name: string; position: string }[];
  genderObservations: string;
  /** improvementAreas only for an improvement plan. */
  elements: Record<string, { grade: number; improvementAreas?: string }>;
  principles: Record<string, number>;
}

export interface GenderReportContext {
  taskId: string;
  completedAt: string | null;
  recommendations: string;
  mainstreamingLevel: string;
  genderPlanRequired: boolean;
}

export interface VisitRecord {
  id: string;
  programId: string;
  organizationId: string;
  organizationName?: string;
  mentorId: string;
  year: number;
  date: string;
  mode: ContactMode;
  durationMinutes: number;
  notes: string;
  /** The mentor's note that the CSO never sees (absent in a CSO member's answers). */
  internalNotes?: string;
  planItemIds: string[];
  createdAt: string;
}

export interface ImprovementRecord extends PlanItem {
  programId: string;
  organizationName: string;
}

/** What the workflows store with a notification so the console can say it in any language. */
export interface NotificationParams {
  taskType?: string;
  year?: number;
  /** YYYY-MM-DD */
  dueDate?: string;
  /** YYYY-MM-DD of the last contact; null: none since the plan was made. */
  since?: string | null;
}

export interface NotificationRecord {
  id: string;
  type: string;
  /** The server's English text: shown when `params` is absent (notifications stored before it). */
  message: string;
  params?: NotificationParams | null;
  programId: string | null;
  taskId: string | null;
  createdAt: string;
  readAt: string | null;
}

export type ProgramSignal = 'pause' | 'resume' | 'withdraw' | 'reassign' | 'close-year';
