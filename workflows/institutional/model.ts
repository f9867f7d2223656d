/** The institutional development model (design.md; the program document's management model). */

export const ELEMENTS = [
  'governance',
  'strategic_planning',
  'staff_volunteers',
  'partnerships',
  'resources',
  'work_field',
  'communication',
  'beneficiary_satisfaction',
  'staff_satisfaction',
  'results',
] as const;
export type ElementSlug = (typeof ELEMENTS)[number];

export const PRINCIPLES = ['transparency', 'participation', 'benefit', 'accountability', 'sustainability'] as const;
export type PrincipleSlug = (typeof PRINCIPLES)[number];

export const STUDY_TYPES = [
  'strategic_planning',
  'stakeholder_analysis',
  'governance_procedures',
  'financial_procedures',
  'resource_development',
  'volunteer_management',
  'information_management',
  'gender_mainstreaming',
  'other',
] as const;
export type StudyType = (typeof STUDY_TYPES)[number];

export const CONTACT_MODES = ['face_to_face', 'email', 'phone', 'video'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

export const PLAN_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MAINSTREAMING_LEVELS = ['none', 'initial', 'developing', 'established'] as const;
export type MainstreamingLevel = (typeof MAINSTREAMING_LEVELS)[number];

export const GENDER_REVIEW_PROGRESS = ['not_started', 'behind', 'on_track', 'achieved'] as const;
export type GenderReviewProgress = (typeof GENDER_REVIEW_PROGRESS)[number];

/** The year's first steps: each is a stage of the program and the task of that stage. */
const PLANNING_STEPS = ['self_assessment', 'gender_report', 'improvement_plan'] as const;

/** The yearly steps, in order; "completed" and "withdrawn" end the program. */
export const INSTITUTIONAL_STAGES = [...PLANNING_STEPS, 'implementation', 're_evaluation', 'completed', 'withdrawn'] as const;
export type InstitutionalStage = (typeof INSTITUTIONAL_STAGES)[number];

export const INSTITUTIONAL_TASK_TYPES = [...PLANNING_STEPS, 'gender_plan_review', 're_evaluation'] as const;
export type InstitutionalTaskType = (typeof INSTITUTIONAL_TASK_TYPES)[number];

/** Which role performs each task type. */
export const TASK_ROLE: Record<InstitutionalTaskType, 'mentor' | 'gender_expert'> = {
  self_assessment: 'mentor',
  gender_report: 'gender_expert',
  improvement_plan: 'mentor',
  gender_plan_review: 'gender_expert',
  re_evaluation: 'mentor',
};
