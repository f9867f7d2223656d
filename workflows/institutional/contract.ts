import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Audited, BuiltInProgramInput, NotificationInput, RoleActor } from '../programs/contract';
import type { ProjectionActivities } from '../programs/program-core';
import type { Actor } from '../shared/actor';
import type { InstitutionalConfig } from './config';
import type { PlanItemStatusInput, VisitInput } from './task-data';
import type { CarriedState, InstitutionalSnapshot, PlanItem, ResumedInstitutionalState, VisitRecord } from './types';

export type * from './types';

export const INSTITUTIONAL_WORKFLOW = 'institutionalProgram';
export const institutionalWorkflowId = (programId: string) => `institutional-program-${programId}`;

export interface InstitutionalProgramInput extends BuiltInProgramInput {
  genderExpertId: string;
  years: number;
  config: InstitutionalConfig;
  /** Set when a new year starts with continue-as-new. */
  carried?: CarriedState;
  /** Set when a run hands over mid-year because its history is full: the state, exactly. */
  resume?: ResumedInstitutionalState;
}

// Updates: validated before anything reaches history; they return after the read model is written.
export { completeTaskUpdate } from '../programs/contract';
/** Answers with the visit's identity (version 1 answered with the whole record). */
export type LoggedVisit = Pick<VisitRecord, 'id' | 'programId' | 'year' | 'date' | 'mode' | 'durationMinutes'> & Partial<VisitRecord>;
export const logVisitUpdate = defineUpdate<LoggedVisit, [{ visit: VisitInput; actor: RoleActor } & Audited]>('logVisit');
export const setPlanItemStatusUpdate = defineUpdate<
  PlanItem,
  [{ itemId: string; change: PlanItemStatusInput; actor: RoleActor } & Audited]
>('setPlanItemStatus');

// Controls: fire-and-forget signals (the API checks the live state first and audits them).
// pause, resume, withdraw and reassign are shared with advocacy (programs/contract.ts).
export { pauseSignal, resumeSignal, withdrawSignal, reassignSignal } from '../programs/contract';
export const closeYearSignal = defineSignal<[{ actor: Actor } & Audited]>('closeYear');

export const stateQuery = defineQuery<InstitutionalSnapshot>('state');

/** Version 1's activities (whole snapshots); version 2 projects through ProjectionActivities. */
export interface InstitutionalActivities {
  projectInstitutionalProgram(snapshot: InstitutionalSnapshot): Promise<void>;
  recordVisit(visit: VisitRecord): Promise<void>;
  notify(notifications: NotificationInput[]): Promise<void>;
}

export type { ProjectionActivities };
