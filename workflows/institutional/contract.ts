import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { NotificationInput, RoleActor } from '../programs/contract';
import type { Actor } from '../shared/actor';
import type { InstitutionalConfig } from './config';
import type { PlanItemStatusInput, VisitInput } from './task-data';
import type { CarriedState, InstitutionalSnapshot, PlanItem, ProgramTask, VisitRecord } from './types';

export type * from './types';

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

// Updates: validated before anything reaches history; they return after the read model is written.
export { completeTaskUpdate } from '../programs/contract';
export const logVisitUpdate = defineUpdate<VisitRecord, [{ visit: VisitInput; actor: RoleActor }]>('logVisit');
export const setPlanItemStatusUpdate = defineUpdate<PlanItem, [{ itemId: string; change: PlanItemStatusInput; actor: RoleActor }]>(
  'setPlanItemStatus',
);

// Controls: fire-and-forget signals (the API checks the live state first and audits them).
// pause, resume, withdraw and reassign are shared with advocacy (programs/contract.ts).
export { pauseSignal, resumeSignal, withdrawSignal, reassignSignal } from '../programs/contract';
export const closeYearSignal = defineSignal<[{ actor: Actor }]>('closeYear');

export const stateQuery = defineQuery<InstitutionalSnapshot>('state');

export interface InstitutionalActivities {
  projectInstitutionalProgram(snapshot: InstitutionalSnapshot): Promise<void>;
  recordVisit(visit: VisitRecord): Promise<void>;
  notify(notifications: NotificationInput[]): Promise<void>;
}
