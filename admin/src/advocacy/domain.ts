/**
 * The advocacy mentorship's vocabulary, shared with the workflow code. Only the
 * dependency-free modules are imported (model, config, task-data, types): contract.ts pulls
 * in @temporalio/workflow, which has no place in a browser bundle.
 */
export {
  ADVOCACY_LEVELS,
  ADVOCACY_STAGES,
  ADVOCACY_TASK_TYPES,
  INDICATOR_STATUSES,
  REVIEW_DECISIONS,
} from '../../../workflows/advocacy/model';
export type { AdvocacyLevel, AdvocacyStage, AdvocacyTaskType, ReviewDecision } from '../../../workflows/advocacy/model';
export type { AdvocacyConfig } from '../../../workflows/advocacy/config';
export type {
  AdvocacyPlan,
  AdvocacyTaskData,
  CheckinData,
  CurriculumData,
  IssueWorkshopData,
  NeedsAssessmentData,
  PlanReviewData,
  PresentationData,
  TrainingData,
} from '../../../workflows/advocacy/task-data';
export type { AdvocacyOutcome, AdvocacySnapshot, AdvocacyTask, PlanVersion } from '../../../workflows/advocacy/types';

export type IndicatorStatus = 'not_started' | 'in_progress' | 'achieved';

/**
 * The steps of the stage stepper, in order. Drafting and review alternate until a version
 * is approved, so they are one step ("plan").
 */
export const ADVOCACY_STEPS = [
  'needs_assessment',
  'curriculum',
  'training',
  'issue_workshop',
  'plan',
  'presentation',
  'implementation_support',
  'completed',
] as const;
export type AdvocacyStep = (typeof ADVOCACY_STEPS)[number];

/** The step a stage belongs to (null for withdrawn). */
export const stepOfStage = (stage: string): AdvocacyStep | null => {
  if (stage === 'plan_drafting' || stage === 'plan_review') return 'plan';
  return (ADVOCACY_STEPS as readonly string[]).includes(stage) ? (stage as AdvocacyStep) : null;
};

/** The lists of an advocacy plan, in the order the editor and the printable page show them. */
export const PLAN_LISTS = [
  'objectives',
  'targetDecisionMakers',
  'allies',
  'opponents',
  'keyMessages',
  'indicators',
  'legalMechanisms',
  'risks',
] as const;
export type PlanList = (typeof PLAN_LISTS)[number];

/** How many entries each list needs (as the workflow's validator checks). */
export const PLAN_LIST_MIN: Record<PlanList, number> = {
  objectives: 1,
  targetDecisionMakers: 1,
  allies: 0,
  opponents: 0,
  keyMessages: 1,
  indicators: 1,
  legalMechanisms: 1,
  risks: 0,
};

/** A plan review needs comments of at least this length when it requests changes. */
export const CHANGES_COMMENT_MIN = 5;
