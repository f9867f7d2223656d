import type { AdvocacyLevel, ReviewDecision } from './model';

/** Payloads of the advocacy tasks (POST /api/tasks/:id/complete). Dates are YYYY-MM-DD. */
export interface NeedsAssessmentData {
  /** Each need gets an id the curriculum refers to. */
  needs: { id: string; description: string }[];
  priorities: string;
  constituencies: string[];
  levels: AdvocacyLevel[];
}

export interface CurriculumData {
  modules: { title: string; topics: string[]; hours: number; needIds: string[] }[];
}

export interface TrainingData {
  dates: string[];
  attendees: { name: string; position: string }[];
  modulesDelivered: string[];
}

export interface IssueWorkshopData {
  date: string;
  participants: { name: string; position: string }[];
  issuesConsidered: string[];
  chosenIssue: string;
  rationale: string;
  researchEvidence: string;
}

export interface AdvocacyPlan {
  goal: string;
  objectives: string[];
  targetDecisionMakers: string[];
  allies: string[];
  opponents: string[];
  keyMessages: string[];
  activities: { title: string; start: string; end: string }[];
  indicators: string[];
  legalMechanisms: string[];
  risks: string[];
}

export interface PlanReviewData {
  decision: ReviewDecision;
  comments: string;
}

export interface PresentationData {
  date: string;
  audience: string[];
  feedback: string;
}

export interface CheckinData {
  activitiesDone: string;
  obstacles: string;
  nextSteps: string;
  /** One entry per indicator of the final plan, by its index. */
  indicatorProgress: { indicator: number; status: 'not_started' | 'in_progress' | 'achieved'; note?: string }[];
}

export type AdvocacyTaskData =
  NeedsAssessmentData | CurriculumData | TrainingData | IssueWorkshopData | AdvocacyPlan | PlanReviewData | PresentationData | CheckinData;
