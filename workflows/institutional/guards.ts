/**
 * The institutional program's message checks, shared by both workflow versions (validators do
 * not replay: a refusal throws before anything enters history, so v1 programs get fixes too).
 */
import type { RoleActor } from '../programs/contract';
import { assertActive, assertOpen, fail, findTask, rejectInvalid } from '../programs/workflow-kit';
import { FAILURE } from '../programs/contract';
import { assertMayAct } from './access';
import type { InstitutionalProgramInput } from './contract';
import { TASK_ROLE } from './model';
import { genderPlanRequired, type ProgramState } from './state';
import type { PlanItemStatusInput, VisitInput } from './task-data';
import { validatePlanItemStatus, validateTaskData, validateVisit } from './validation';

export function checkTaskCompletion(s: ProgramState, input: InstitutionalProgramInput, taskId: string, data: unknown, actor: RoleActor) {
  const task = assertOpen(findTask(s.tasks, taskId, "this program's current year"));
  assertActive(s.status);
  assertMayAct(actor, task.assigneeId, TASK_ROLE[task.type]);
  rejectInvalid(validateTaskData(task.type, data, { config: input.config, genderPlanRequired: genderPlanRequired(s) }));
}

export function checkVisit(s: ProgramState, visit: VisitInput, actor: RoleActor) {
  assertActive(s.status);
  assertMayAct(actor, s.mentorId, 'mentor');
  rejectInvalid(
    validateVisit(
      visit,
      s.planItems.map((i) => i.id),
    ),
  );
}

export function checkPlanItemChange(s: ProgramState, itemId: string, change: PlanItemStatusInput, actor: RoleActor) {
  const item = s.planItems.find((i) => i.id === itemId);
  if (!item) throw fail(FAILURE.notFound, `Improvement ${itemId} is not part of this program's current plan`);
  assertActive(s.status);
  if (s.stage !== 'implementation') throw fail(FAILURE.conflict, `Plan items change during implementation; the program is in ${s.stage}`);
  assertMayAct(actor, s.mentorId, 'mentor');
  rejectInvalid(validatePlanItemStatus(change, item.status));
}
