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
export const completeTaskUpdate = defineUpdate<ProgramTask, [{ taskId: string; data: unknown; actor: RoleActor }]>('completeTask');
export const logVisitUpdate = defineUpdate<VisitRecord, [{ visit: VisitInput; actor: RoleActor }]>('logVisit');
export const setPlanItemStatusUpdate = defineUpdate<PlanItem, [{ itemId: string; change: PlanItemStatusInput; actor: RoleActor }]>(
  'setPlanItemStatus',
);

// Controls: fire-and-forget signals (the API checks the live state first and audits them).
export const pauseSignal = defineSignal<[{ actor: Actor; reason?: string }]>('pause');
export const resumeSignal = defineSignal<[{ actor: Actor }]>('resume');
export const withdrawSignal = defineSignal<[{ actor: Actor; reason: string }]>('withdraw');
export const reassignSignal = defineSignal<[{ actor: Actor; mentorId?: string; genderExpertId?: string }]>('reassign');
export const closeYearSignal = defineSignal<[{ actor: Actor }]>('closeYear');

export const stateQuery = defineQuery<InstitutionalSnapshot>('state');

export interface InstitutionalActivities {
  projectInstitutionalProgram(snapshot: InstitutionalSnapshot): Promise<void>;
  recordVisit(visit: VisitRecord): Promise<void>;
  notify(notifications: NotificationInput[]): Promise<void>;
}
