import {
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { FAILURE, reassignSignal, stateQuery } from '../programs/contract';
import type { Runtime } from '../programs/task-book';
import {
  ACTIVITY_OPTIONS,
  assertActive,
  assertOpen,
  Committer,
  fail,
  findTask,
  handleControls,
  rejectInvalid,
} from '../programs/workflow-kit';
import { handleTaskCompletionV1 } from '../programs/program-handlers';
import { SA } from '../shared/search-attributes';
import type { AdvocacyActivities, AdvocacyMentorshipInput } from './contract';
import * as S from './state';
import type { AdvocacyTaskData } from './task-data';
import { validateAdvocacyTask } from './validation';

const acts = proxyActivities<AdvocacyActivities>(ACTIVITY_OPTIONS);

/**
 * Released version 1 of the advocacy mentorship (before the "delta-core" patch): whole-snapshot
 * projections, one run. Kept unchanged so that programs started on it replay exactly;
 * `advocacyMentorship` runs it for histories without the patch marker.
 */
export async function advocacyMentorshipV1(input: AdvocacyMentorshipInput): Promise<S.AdvocacyState> {
  const { config } = input;
  const rt = (): Runtime => ({ now: Date.now(), newId: uuid4 });
  const s = S.initialState(input, workflowInfo().workflowId, Date.now());
  const changes = new Committer({
    state: s,
    snapshot: () => S.snapshot(s),
    searchAttributes: () => [
      { key: SA.Stage, value: s.stage },
      { key: SA.ProgramStatus, value: s.status },
      { key: SA.MentorId, value: s.mentorId },
    ],
    project: acts.projectAdvocacyProgram,
    notify: acts.notify,
  });
  const commit = () => changes.commit();

  setHandler(stateQuery, () => S.snapshot(s));

  handleTaskCompletionV1(changes, s, {
    validate: (taskId, data, actor) => {
      const task = findTask(s.tasks, taskId, 'this program');
      if (task.type === 'plan_drafting' && s.planLockedAt) throw fail(FAILURE.conflict, 'The advocacy plan is final and locked');
      assertOpen(task);
      assertActive(s.status);
      if (actor.id !== task.assigneeId) throw fail(FAILURE.forbidden, 'This task is assigned to someone else');
      rejectInvalid(validateAdvocacyTask(task.type, data, S.validationContext(s)));
    },
    complete: (task, data, actor) => S.completeTask(s, config, task, data as AdvocacyTaskData, actor.id, rt()),
  });

  handleControls(s, () => void (changes.dirty = true), S);
  setHandler(reassignSignal, ({ actor, mentorId }) => {
    if (!mentorId || s.status === 'withdrawn' || s.status === 'completed') return;
    S.reassignMentor(s, mentorId, actor.id, rt());
    changes.dirty = true;
  });

  upsertSearchAttributes([
    { key: SA.ProgramType, value: 'advocacy' },
    { key: SA.OrganizationId, value: s.organizationId },
    { key: SA.ProgramYear, value: 1 },
  ]);
  S.openTask(s, config, 'needs_assessment', rt());
  await commit();

  await changes.runUntil(
    () => s.status === 'completed' || s.status === 'withdrawn',
    () => S.nextWakeAt(s),
    () => S.tick(s, config, rt()),
  );

  await condition(allHandlersFinished);
  await changes.settled();
  return s;
}
