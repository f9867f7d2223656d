/**
 * The message handlers every program on the core registers the same way; each program gives only
 * its own rules (which tasks it may complete, what completing one does). Workflow code only.
 */
import { setHandler } from '@temporalio/workflow';
import type { RoleActor } from './contract';
import { completeTaskUpdate } from './contract';
import type { ProgramCore } from './program-core';
import type { Committer } from './workflow-kit';
import { completedTaskAnswer, type BookTask } from './task-book';

export interface TaskCompletionRules<T extends BookTask> {
  /** Refuses the completion (throws a validator failure) before anything enters history. */
  validate(taskId: string, data: unknown, actor: RoleActor): void;
  /** Applies a validated completion to the state. */
  complete(task: T, data: unknown, actor: RoleActor): void;
}

/** completeTask: validated, applied, projected once; answers with the task's identity and status. */
export function handleTaskCompletion<T extends BookTask>(core: ProgramCore, s: { tasks: T[] }, rules: TaskCompletionRules<T>): void {
  setHandler(
    completeTaskUpdate,
    async ({ taskId, data, actor, auditId }) => {
      const task = s.tasks.find((t) => t.id === taskId)!;
      rules.complete(task, data, actor);
      await core.commit({ auditId });
      return completedTaskAnswer(task);
    },
    { validator: ({ taskId, data, actor }) => rules.validate(taskId, data, actor) },
  );
}

/** Version 1's completeTask: applied, marked dirty and committed; answers with the whole task. */
export function handleTaskCompletionV1<T extends BookTask>(
  changes: Pick<Committer<unknown>, 'dirty' | 'commit'>,
  s: { tasks: T[] },
  rules: TaskCompletionRules<T>,
): void {
  setHandler(
    completeTaskUpdate,
    async ({ taskId, data, actor }) => {
      const task = s.tasks.find((t) => t.id === taskId)!;
      rules.complete(task, data, actor);
      changes.dirty = true;
      await changes.commit();
      return task;
    },
    { validator: ({ taskId, data, actor }) => rules.validate(taskId, data, actor) },
  );
}
