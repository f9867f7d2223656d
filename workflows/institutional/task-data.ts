import type {
  ContactMode,
  ElementSlug,
  GenderReviewProgress,
  MainstreamingLevel,
  PlanItemStatus,
  PrincipleSlug,
  Priority,
  StudyType,
} from './model';

/** What each task's completion carries (POST /api/tasks/:id/complete body). Dates are YYYY-MM-DD. */
export interface SelfAssessmentData {
  sessionDates: string[];
  participants: { name: string; position: string }[];
  elements: Record<ElementSlug, { grade: number; strengths: string; improvementAreas: string }>;
  principles: Record<PrincipleSlug, number>;
  genderObservations: string;
}

export interface GenderReportData {
  findings: string;
  recommendations: string;
  mainstreamingLevel: MainstreamingLevel;
  /** When true the improvement plan must hold at least one gender mainstreaming item. */
  genderPlanRequired: boolean;
}

export interface PlanItemInput {
  element: ElementSlug;
  studyType: StudyType;
  title: string;
  priority: Priority;
  targetDate: string;
  principles: PrincipleSlug[];
  /** 0 = not gender-relevant ... 3 = gender equality is the principal objective. */
  genderMarker: number;
}

export interface ImprovementPlanData {
  items: PlanItemInput[];
}

export interface GenderPlanReviewData {
  progress: GenderReviewProgress;
  notes: string;
  recommendations?: string;
}

export interface ReEvaluationData {
  elements: Record<ElementSlug, { grade: number; notes?: string }>;
  principles: Record<PrincipleSlug, number>;
  notes: string;
}

export interface VisitInput {
  date: string;
  mode: ContactMode;
  durationMinutes: number;
  notes: string;
  planItemIds?: string[];
}

export interface PlanItemStatusInput {
  status: PlanItemStatus;
  reason?: string;
}

export type TaskData = SelfAssessmentData | GenderReportData | ImprovementPlanData | GenderPlanReviewData | ReEvaluationData;
