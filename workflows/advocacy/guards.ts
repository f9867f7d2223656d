/**
 * The advocacy program's completeTask check, shared by both workflow versions (validators do not
 * replay: a refusal throws before anything enters history). Version 1 programs predate CSO
 * members drafting the plan (issue 12), so only the assignee completes their tasks there.
 */
import { FAILURE, type RoleActor } from '../programs/contract';
import { assertActive, assertOpen, fail, findTask, rejectInvalid } from '../programs/workflow-kit';
import * as S from './state';
import { validateAdvocacyTask } from './validation';

export function checkTaskCompletion(s: S.AdvocacyState, taskId: string, data: unknown, actor: RoleActor, rules: 'v1' | 'current'): void {
  const task = findTask(s.tasks, taskId, 'this program');
  if (task.type === 'plan_drafting' && s.planLockedAt) throw fail(FAILURE.conflict, 'The advocacy plan is final and locked');
  assertOpen(task);
  assertActive(s.status);
  const forAssignee = rules === 'current' && S.mayCompleteForAssignee(s, task, actor);
  if (actor.id !== task.assigneeId && !forAssignee) throw fail(FAILURE.forbidden, 'This task is assigned to someone else');
  const errors = validateAdvocacyTask(task.type, data, S.validationContext(s));
  // Nobody approves a draft they authored (issue 12): refused before anything is written.
  const own = rules === 'current' ? S.ownDraftApproval(s, task, actor.id, data) : null;
  if (own && !errors.decision) errors.decision = own;
  rejectInvalid(errors);
}
