import { continueAsNew, proxyActivities, setHandler, upsertSearchAttributes, uuid4, workflowInfo } from '@temporalio/workflow';
import { ACTIVITY_OPTIONS, handleControls, snapshotCommitterV1 } from '../programs/workflow-kit';
import { handleTaskCompletionV1 } from '../programs/program-handlers';
import { SA } from '../shared/search-attributes';
import {
  closeYearSignal,
  logVisitUpdate,
  reassignSignal,
  setPlanItemStatusUpdate,
  type InstitutionalActivities,
  type InstitutionalProgramInput,
  type VisitRecord,
} from './contract';
import * as G from './guards';
import * as S from './state';
import type { TaskData } from './task-data';

const acts = proxyActivities<InstitutionalActivities>(ACTIVITY_OPTIONS);

/**
 * Released version 1 of the institutional program (before the "delta-core" patch): it projects
 * the whole snapshot through activities on every change. Kept unchanged so that programs started
 * on it replay exactly; `institutionalProgram` runs it for histories without the patch marker.
 * Its continue-as-new starts the next year on the current version.
 */
export async function institutionalProgramV1(input: InstitutionalProgramInput): Promise<S.ProgramState> {
  const info = workflowInfo();
  const rt = (): S.Runtime => ({ now: Date.now(), newId: uuid4 });
  const s = S.initialState(input, info.workflowId, Date.now());
  const changes = snapshotCommitterV1(s, S.snapshot, { project: acts.projectInstitutionalProgram, notify: acts.notify }, true);
  const commit = () => changes.commit();

  // --- handlers: all registered before the first await ---
  handleTaskCompletionV1(changes, s, {
    validate: (taskId, data, actor) => G.checkTaskCompletion(s, input, taskId, data, actor),
    complete: (task, data, actor) => S.completeTask(s, input, task, data as TaskData, actor.id, rt()),
  });

  setHandler(
    logVisitUpdate,
    async ({ visit, actor }) => {
      const now = Date.now();
      const record: VisitRecord = {
        ...visit,
        id: uuid4(),
        programId: s.programId,
        organizationId: s.organizationId,
        mentorId: s.mentorId,
        year: s.year,
        createdBy: { id: actor.id, email: actor.email },
      };
      s.visitCount += 1;
      s.lastContactAt = new Date(now).toISOString();
      if (s.stage === 'implementation') s.reminderDueAt = now + input.config.durations.noContactReminder;
      changes.dirty = true;
      await acts.recordVisit(record);
      await commit();
      return record;
    },
    { validator: ({ visit, actor }) => G.checkVisit(s, visit, actor) },
  );

  setHandler(
    setPlanItemStatusUpdate,
    async ({ itemId, change }) => {
      const item = S.setPlanItemStatus(s, itemId, change, Date.now());
      changes.dirty = true;
      await commit();
      return item;
    },
    { validator: ({ itemId, change, actor }) => G.checkPlanItemChange(s, itemId, change, actor) },
  );

  handleControls(s, () => void (changes.dirty = true), S);
  setHandler(reassignSignal, ({ actor, mentorId, genderExpertId }) => {
    if (s.status === 'withdrawn' || s.status === 'completed') return;
    S.reassign(s, { mentorId, genderExpertId }, actor.id, rt());
    changes.dirty = true;
  });
  setHandler(closeYearSignal, ({ actor }) => {
    if (s.status !== 'active' || s.stage !== 'implementation') return;
    S.endImplementation(s, input, rt(), actor.id);
    changes.dirty = true;
  });

  // --- the year ---
  upsertSearchAttributes([
    { key: SA.ProgramType, value: 'institutional' },
    { key: SA.OrganizationId, value: s.organizationId },
  ]);
  S.openTask(s, input, 'self_assessment', rt());
  await commit();

  await changes.runUntil(
    () => s.yearDone || s.status === 'withdrawn',
    () => S.nextWakeAt(s),
    () => S.tick(s, input, rt()),
  );

  await changes.finish();

  if (s.status === 'withdrawn') return s;
  if (s.year < s.years) {
    return continueAsNew<typeof institutionalProgramV1>({
      ...input,
      mentorId: s.mentorId,
      genderExpertId: s.genderExpertId,
      // As version 2 does: this also carries a pause signalled while the year's last handlers
      // finished (v1 dropped it). Only the next run's input changes; this run replays the same.
      carried: S.carryToNextYear(s),
    });
  }
  S.complete(s, Date.now());
  await commit();
  return s;
}
