import type { Actor } from '../shared/actor';
import type { NotificationInput } from '../programs/contract';
import type { AdvocacyConfig } from './config';
import type { AdvocacySnapshot } from './types';

export type * from './types';

export const ADVOCACY_WORKFLOW = 'advocacyMentorship';
export const advocacyWorkflowId = (programId: string) => `advocacy-mentorship-${programId}`;

export interface AdvocacyMentorshipInput {
  programId: string;
  organizationId: string;
  organizationName: string;
  mentorId: string;
  managerId: string;
  startedBy: Actor;
  startDate: string;
  config: AdvocacyConfig;
}

export interface AdvocacyActivities {
  projectAdvocacyProgram(snapshot: AdvocacySnapshot): Promise<void>;
  notify(notifications: NotificationInput[]): Promise<void>;
}
