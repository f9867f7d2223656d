import { defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../shared/actor';
import type { BuiltInProgramInput, NotificationInput } from '../programs/contract';
import type { AdvocacyConfig } from './config';
import type { AdvocacySnapshot, ResumedAdvocacyState } from './types';

export type * from './types';

export const ADVOCACY_WORKFLOW = 'advocacyMentorship';
export const advocacyWorkflowId = (programId: string) => `advocacy-mentorship-${programId}`;

export interface AdvocacyMentorshipInput extends BuiltInProgramInput {
  config: AdvocacyConfig;
  /** Set when a run hands over because its history is full: the state, exactly (version 2). */
  resume?: ResumedAdvocacyState;
}

/** Version 1's activities (whole snapshots); version 2 projects through ProjectionActivities. */
export interface AdvocacyActivities {
  projectAdvocacyProgram(snapshot: AdvocacySnapshot): Promise<void>;
  notify(notifications: NotificationInput[]): Promise<void>;
}

/**
 * Issue 12: who drafts the advocacy plan from now on. `drafterId` is a CSO member of the
 * organisation (the API picks one; any active member may then complete the draft), or null for
 * the mentor. An open plan_drafting task moves at once; later drafts (after "request changes")
 * stay with the drafter. Answers once the change is projected.
 */
export const setPlanDrafterUpdate = defineUpdate<
  { drafterId: string | null; movedTaskId: string | null },
  [{ drafterId: string | null; actor: Actor; auditId?: string }]
>('setPlanDrafter');
