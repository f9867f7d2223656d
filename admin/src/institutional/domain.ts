/**
 * The institutional program's vocabulary, shared with the workflow code. Only the
 * dependency-free modules are imported (model, config, task-data): contract.ts pulls in
 * @temporalio/workflow, which has no place in a browser bundle. The API's response shapes
 * are in ./types.ts.
 */
export {
  CONTACT_MODES,
  ELEMENTS,
  GENDER_REVIEW_PROGRESS,
  INSTITUTIONAL_STAGES,
  INSTITUTIONAL_TASK_TYPES,
  MAINSTREAMING_LEVELS,
  PRINCIPLES,
  PRIORITIES,
  STUDY_TYPES,
} from '../../../workflows/institutional/model';
export type {
  ContactMode,
  ElementSlug,
  GenderReviewProgress,
  InstitutionalStage,
  InstitutionalTaskType,
  MainstreamingLevel,
  PlanItemStatus,
  PrincipleSlug,
  Priority,
  StudyType,
} from '../../../workflows/institutional/model';
export { DEFAULT_INSTITUTIONAL_CONFIG } from '../../../workflows/institutional/config';
export type { InstitutionalConfig, LocalizedText } from '../../../workflows/institutional/config';
export type {
  GenderPlanReviewData,
  GenderReportData,
  ImprovementPlanData,
  PlanItemInput,
  PlanItemStatusInput,
  ReEvaluationData,
  SelfAssessmentData,
  TaskData,
  VisitInput,
} from '../../../workflows/institutional/task-data';

/** The yearly steps shown in the stage stepper, in order. */
export const YEAR_STEPS = ['self_assessment', 'gender_report', 'improvement_plan', 'implementation', 're_evaluation'] as const;

/** Gender marker scale of a plan item (0 = not gender-relevant ... 3 = principal objective). */
export const GENDER_MARKERS = [0, 1, 2, 3] as const;
