import { continueAsNew, patched, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';
import { DELTA_CORE_PATCH, type ProgramType } from '../programs/contract';
import { handleTaskCompletion } from '../programs/program-handlers';
import { ProgramCore } from '../programs/program-core';
import { handleControls } from '../programs/workflow-kit';
import { programSearchAttributes } from '../shared/search-attributes';
import {
  closeYearSignal,
  logVisitUpdate,
  reassignSignal,
  setPlanItemStatusUpdate,
  stateQuery,
  type InstitutionalProgramInput,
} from './contract';
import { institutionalProgramV1 } from './institutional-program.v1';
import * as G from './guards';
import * as S from './state';
import type { TaskData } from './task-data';

/**
 * One CSO's institutional development program: a year of self-assessment, gender report,
 * improvement plan, implementation and re-evaluation, then continue-as-new for the next year,
 * or completion with a before/after comparison. Every action commits once through the program
 * core (program-core.ts): its facts are projected before the action answers.
 */
export async function institutionalProgram(input: InstitutionalProgramInput): Promise<S.ProgramState> {
  // Programs started before the delta core replay on the code they were recorded with.
  if (!patched(DELTA_CORE_PATCH)) return institutionalProgramV1(input);

  const rt = (): S.Runtime => ({ now: Date.now(), newId: uuid4 });
  const s = S.startState(input, workflowInfo().workflowId, Date.now());
  const core = ProgramCore.of(s, S, {
    searchAttributes: () => programSearchAttributes('institutional' satisfies ProgramType, s),
    historyEventLimit: input.historyEventLimit,
  });

  // A new run goes on with today's mentor and gender expert.
  const handOver = (next: Pick<InstitutionalProgramInput, 'carried' | 'resume'>) =>
    continueAsNew<typeof institutionalProgram>({ ...input, mentorId: s.mentorId, genderExpertId: s.genderExpertId, ...next });

  // --- handlers: all registered before the first await; each only wires the state machine ---
  setHandler(stateQuery, () => S.liveState(s, input));

  handleTaskCompletion(core, s, {
    validate: (taskId, data, actor) => G.checkTaskCompletion(s, input, taskId, data, actor),
    complete: (task, data, actor) => S.completeTask(s, input, task, data as TaskData, actor.id, rt()),
  });

  setHandler(
    logVisitUpdate,
    async ({ visit, actor, auditId }) => {
      const now = Date.now();
      const id = uuid4();
      s.visitCount += 1;
      s.lastContactAt = new Date(now).toISOString();
      if (s.stage === 'implementation') s.reminderDueAt = now + input.config.durations.noContactReminder;
      const record = {
        id,
        organizationId: s.organizationId,
        mentorId: s.mentorId,
        year: s.year,
        date: visit.date,
        mode: visit.mode,
        durationMinutes: visit.durationMinutes,
        notes: visit.notes.trim(),
        planItemIds: visit.planItemIds ?? [],
        createdBy: actor.id,
      };
      await core.commit({ auditId, emitted: [{ kind: 'visit_logged', visit: record }] });
      // A small answer: the notes are already in history as the update's input.
      return { id, programId: s.programId, year: s.year, date: visit.date, mode: visit.mode, durationMinutes: visit.durationMinutes };
    },
    { validator: ({ visit, actor }) => G.checkVisit(s, visit, actor) },
  );

  setHandler(
    setPlanItemStatusUpdate,
    async ({ itemId, change, auditId }) => {
      const item = S.setPlanItemStatus(s, itemId, change, Date.now());
      await core.commit({ auditId });
      return item;
    },
    { validator: ({ itemId, change, actor }) => G.checkPlanItemChange(s, itemId, change, actor) },
  );

  // Controls apply and project whenever they arrive, the year's end included.
  handleControls(s, (auditId) => core.commit({ auditId }), S);
  setHandler(reassignSignal, async ({ actor, mentorId, genderExpertId, auditId }) => {
    if (s.status === 'withdrawn' || s.status === 'completed') return;
    S.reassign(s, { mentorId, genderExpertId }, actor.id, rt());
    await core.commit({ auditId });
  });
  setHandler(closeYearSignal, async ({ actor, auditId }) => {
    if (s.status !== 'active' || s.stage !== 'implementation') return;
    S.endImplementation(s, input, rt(), actor.id);
    await core.commit({ auditId });
  });

  // --- the year: a full snapshot at the start of every run, then deltas ---
  if (!input.resume) S.openTask(s, input, 'self_assessment', rt());
  await core.live(
    () => s.yearDone || s.status === 'withdrawn',
    () => S.tick(s, input, rt()),
  );

  if (s.status === 'withdrawn') return s;
  if (!s.yearDone) {
    // The history is full mid-year: hand over the exact state to a new run.
    return handOver({ carried: undefined, resume: S.resumeState(s) });
  }
  if (s.year < s.years) return handOver({ resume: undefined, carried: S.carryToNextYear(s) });
  S.complete(s, Date.now());
  await core.commit();
  await core.drain();
  return s;
}
