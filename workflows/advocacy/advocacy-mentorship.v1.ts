import { proxyActivities, setHandler, upsertSearchAttributes, uuid4, workflowInfo } from '@temporalio/workflow';
import { reassignSignal } from '../programs/contract';
import type { Runtime } from '../programs/task-book';
import { ACTIVITY_OPTIONS, handleControls, snapshotCommitterV1 } from '../programs/workflow-kit';
import { handleTaskCompletionV1 } from '../programs/program-handlers';
import { SA } from '../shared/search-attributes';
import type { AdvocacyActivities, AdvocacyMentorshipInput } from './contract';
import * as G from './guards';
import * as S from './state';
import type { AdvocacyTaskData } from './task-data';

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
  const changes = snapshotCommitterV1(s, S.snapshot, { project: acts.projectAdvocacyProgram, notify: acts.notify }, false);
  const commit = () => changes.commit();

  handleTaskCompletionV1(changes, s, {
    validate: (taskId, data, actor) => G.checkTaskCompletion(s, taskId, data, actor, 'v1'),
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

  await changes.finish();
  return s;
}
