import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../shared/actor';
import type { Audited, RoleActor } from '../programs/contract';
import type { CompiledTemplate } from './language';

/**
 * The generic workflow's input and the messages only it accepts (tasks are completed with the
 * shared `completeTask` update; pause, resume, withdraw and reassign are the shared signals).
 * (Names are part of recorded histories: never rename them.)
 */
export const TEMPLATE_WORKFLOW = 'templateProgram';

export interface TemplateProgramInput {
  programId: string;
  organizationId: string;
  mentorId: string;
  genderExpertId: string | null;
  managerId: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** The program type's key (programs.type). */
  typeKey: string;
  /** program_template_versions.id of the version this program runs (kept for its whole life). */
  templateVersionId: string;
  template: CompiledTemplate;
  historyEventLimit?: number;
  /** Set by continue-as-new: the exact state to go on from (opaque to the api). */
  resume?: unknown;
}

/** Adds a record of a kind the current stage allows; `recordId` comes from the api, so a retried request adds nothing twice. */
export const addRecordUpdate = defineUpdate<
  { recordId: string },
  [{ recordId: string; kind: string; data: unknown; actor: RoleActor } & Audited]
>('addRecord');

/** A program manager ends the current stage (its `manager_close` rule). */
export const closeStageSignal = defineSignal<[{ actor: Actor; stageId: string } & Audited]>('closeStage');
