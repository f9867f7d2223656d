/** Advocacy mentorship (design.md; the program document's six mentor tasks). */

/** The steps up to the presentation: each is a stage of the program and the task of that stage. */
const STEPS = ['needs_assessment', 'curriculum', 'training', 'issue_workshop', 'plan_drafting', 'plan_review', 'presentation'] as const;

export const ADVOCACY_STAGES = [...STEPS, 'implementation_support', 'completed', 'withdrawn'] as const;
export type AdvocacyStage = (typeof ADVOCACY_STAGES)[number];

export const ADVOCACY_TASK_TYPES = [...STEPS, 'implementation_checkin'] as const;
export type AdvocacyTaskType = (typeof ADVOCACY_TASK_TYPES)[number];

export const ADVOCACY_LEVELS = ['local', 'national', 'eu'] as const;
export type AdvocacyLevel = (typeof ADVOCACY_LEVELS)[number];

export const REVIEW_DECISIONS = ['approve', 'request_changes'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const INDICATOR_STATUSES = ['not_started', 'in_progress', 'achieved'] as const;
