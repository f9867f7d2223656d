/** Plain data types of the advocacy mentorship (no SDK imports; the console uses them too). */
import type { ProgramStatus, Upcoming } from '../programs/types';
import type { BookTask } from '../programs/task-book';
import type { AdvocacyStage, AdvocacyTaskType } from './model';
import type { AdvocacyPlan, AdvocacyTaskData, CheckinData, NeedsAssessmentData } from './task-data';

export interface AdvocacyTask extends BookTask {
  type: AdvocacyTaskType;
  data: AdvocacyTaskData | null;
}

export interface PlanVersion {
  version: number;
  plan: AdvocacyPlan;
  submittedAt: string;
  submittedBy: string;
  review: { decision: 'approve' | 'request_changes'; comments: string; at: string; by: string } | null;
}

export interface AdvocacyOutcome {
  checkins: number;
  finalPlanVersion: number | null;
  goal: string | null;
  /** Last reported status per indicator of the final plan. */
  indicators: { indicator: string; status: CheckinData['indicatorProgress'][number]['status'] | 'not_reported' }[];
  achieved: number;
}

export interface AdvocacySnapshot {
  programId: string;
  workflowId: string;
  organizationId: string;
  mentorId: string;
  managerId: string;
  status: ProgramStatus;
  stage: AdvocacyStage;
  year: number;
  startDate: string;
  pausedAt: string | null;
  withdrawnReason: string | null;
  configVersion: number;
  tasks: AdvocacyTask[];
  history: { at: string; year: number; step: string; by: string | null }[];
  needs: NeedsAssessmentData | null;
  planVersions: PlanVersion[];
  finalPlanVersion: number | null;
  planLockedAt: string | null;
  implementationEndsAt: string | null;
  checkins: number;
  outcome: AdvocacyOutcome | null;
  stateVersion: number;
  /** Version 2: set when a projection could not be applied; cleared by a repair. */
  readModelBehind?: { seq: number; reason: string; at: string } | null;
  /** Version 2's query: what comes next, soonest first. */
  upcoming?: Upcoming[];
  /** Issue 12: a CSO member who drafts the plan (plan_drafting goes to them); absent or null: the mentor. */
  planDrafterId?: string | null;
}

/** The workflow's own state beyond the snapshot, carried exactly by a continue-as-new. */
export interface ResumedAdvocacyState extends AdvocacySnapshot {
  nextCheckinAt: number | null;
}
