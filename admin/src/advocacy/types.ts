import type { ProgramBase, TaskRecord } from '../institutional/types';
import type { AdvocacyConfig, AdvocacyOutcome, AdvocacySnapshot, AdvocacyStage, NeedsAssessmentData, PlanVersion } from './domain';

/** GET /api/programs/:id `details` of an advocacy mentorship (the read model's projection). */
export interface AdvocacyDetails {
  planVersions: Pick<PlanVersion, 'version' | 'submittedAt' | 'review'>[];
  latestPlanVersion: number | null;
  finalPlanVersion: number | null;
  planLockedAt: string | null;
  implementationEndsAt: string | null;
  checkins: number;
  outcome: AdvocacyOutcome | null;
}

/** A program of type advocacy, as GET /api/programs/:id returns it. */
export interface AdvocacyProgramRecord extends ProgramBase {
  workflowId: string;
  type: 'advocacy';
  genderExpertId: null;
  genderExpertName: null;
  managerId: string;
  stage: AdvocacyStage;
  years: number;
  configVersion: number;
  planDone: number;
  planTotal: number;
  withdrawnReason: string | null;
  createdAt: string;
  updatedAt: string;
  details: Partial<AdvocacyDetails>;
  /** Only on GET /api/programs/:id; null when Temporal is unreachable. */
  live?: AdvocacySnapshot | null;
  config?: AdvocacyConfig;
}

/** GET /api/tasks/:id `context` for an advocacy task. */
export interface AdvocacyTaskContext {
  config: AdvocacyConfig;
  needs: NeedsAssessmentData | null;
  /** Null when Temporal is unreachable. */
  planVersions: PlanVersion[] | null;
  finalPlanVersion: number | null;
  planLockedAt: string | null;
}

/** The advocacy view of a program record (the shared components type it as institutional). */
export const asAdvocacyProgram = (record: unknown): AdvocacyProgramRecord => record as AdvocacyProgramRecord;

/** The advocacy task context of a task record. */
export const advocacyContext = (task: TaskRecord): AdvocacyTaskContext | undefined =>
  task.context as unknown as AdvocacyTaskContext | undefined;
