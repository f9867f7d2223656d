import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../shared/actor';

/** Shared by both programs: statuses, actor with role, notifications and audit from workflows. */
export * from './types';

export interface RoleActor extends Actor {
  role: 'admin' | 'program_manager' | 'mentor' | 'gender_expert' | 'cso_member';
  /** A cso_member's organisation (issue 12); absent for staff and in histories recorded before. */
  organizationId?: string;
}

export const NOTIFICATION_TYPES = [
  'task_assigned',
  'task_overdue',
  'no_contact_reminder',
  'reassigned',
  'program_withdrawn',
  'template_reminder',
  'member_grading_requested',
  'plan_progress_reported',
  'invitation',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** What a notification is about, so the console renders it in the reader's language. */
export interface NotificationParams {
  taskType?: string;
  year?: number;
  dueDate?: string;
  since?: string | null;
  reason?: string;
  /** Template programs: a reminder's text, and a task's name (task types are the template's ids). */
  message?: { en: string; tr: string };
  taskName?: { en: string; tr: string };
}

export interface NotificationInput {
  id: string;
  userId: string;
  type: NotificationType;
  /** English fallback text (older notifications have no params). */
  message: string;
  params?: NotificationParams;
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
/**
 * Every message may carry the id of the API's pending audit row (`auditId`): the projection marks
 * it ok in the same transaction as the action's facts. Version 1 code ignores it.
 */
export interface Audited {
  auditId?: string | null;
}
export const completeTaskUpdate = defineUpdate<unknown, [{ taskId: string; data: unknown; actor: RoleActor } & Audited]>('completeTask');
export const pauseSignal = defineSignal<[{ actor: Actor; reason?: string } & Audited]>('pause');
export const resumeSignal = defineSignal<[{ actor: Actor } & Audited]>('resume');
export const withdrawSignal = defineSignal<[{ actor: Actor; reason: string } & Audited]>('withdraw');
export const reassignSignal = defineSignal<[{ actor: Actor; mentorId?: string; genderExpertId?: string } & Audited]>('reassign');

/** The patch that moved both programs onto the delta-projection core (program-core.ts). */
export const DELTA_CORE_PATCH = 'delta-core';
export const stateQuery = defineQuery<unknown>('state');

/** What both built-in programs' workflows are started with; each adds its own fields. */
export interface BuiltInProgramInput {
  programId: string;
  organizationId: string;
  organizationName: string;
  mentorId: string;
  /** The program manager who started it: overdue notices go to them. */
  managerId: string;
  startedBy: Actor;
  startDate: string;
  /** Continue-as-new once a run's history holds this many events (besides Temporal's suggestion). */
  historyEventLimit?: number;
}
