import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../shared/actor';

/** Shared by both programs: statuses, actor with role, notifications and audit from workflows. */
export * from './types';

export interface RoleActor extends Actor {
  role: 'admin' | 'program_manager' | 'mentor' | 'gender_expert';
}

export const NOTIFICATION_TYPES = ['task_assigned', 'task_overdue', 'no_contact_reminder', 'reassigned', 'program_withdrawn'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface NotificationInput {
  id: string;
  userId: string;
  type: NotificationType;
  message: string;
  programId: string;
  taskId?: string | null;
}

/** Failure types update validators throw; the API maps them to HTTP statuses. */
export const FAILURE = {
  validation: 'ValidationFailed', // 400, details[0] = {errors}
  notFound: 'NotFound', // 404
  conflict: 'Conflict', // 409: task not open, program not in that stage, paused
  forbidden: 'Forbidden', // 403
} as const;

/**
 * Messages both program workflows accept, defined once: the API sends them without knowing the
 * program's type. (Names are part of recorded histories: never rename them.)
 */
export const completeTaskUpdate = defineUpdate<unknown, [{ taskId: string; data: unknown; actor: RoleActor }]>('completeTask');
export const pauseSignal = defineSignal<[{ actor: Actor; reason?: string }]>('pause');
export const resumeSignal = defineSignal<[{ actor: Actor }]>('resume');
export const withdrawSignal = defineSignal<[{ actor: Actor; reason: string }]>('withdraw');
export const reassignSignal = defineSignal<[{ actor: Actor; mentorId?: string; genderExpertId?: string }]>('reassign');
export const stateQuery = defineQuery<unknown>('state');
