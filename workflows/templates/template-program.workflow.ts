import { continueAsNew, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';
import { FAILURE, reassignSignal, stateQuery } from '../programs/contract';
import { handleTaskCompletion } from '../programs/program-handlers';
import { ProgramCore } from '../programs/program-core';
import { type Runtime } from '../programs/task-book';
import { fail, handleControls, rejectInvalid } from '../programs/workflow-kit';
import { programSearchAttributes } from '../shared/search-attributes';
import { addRecordUpdate, closeStageSignal, type TemplateProgramInput } from './contract';
import { validateSubmission } from './forms';
import * as S from './state';

/**
 * A program of a type designed in the console: interprets the compiled template version it was
 * started with (in its input, for its whole life) on the program core, like the built-in
 * programs: every action commits once, projecting its facts before it answers; the run
 * continues as new at each cycle's end and when its history is full, carrying the state exactly.
 * (A new workflow: no patched() markers yet; from now on its recorded histories must replay.)
 */
export async function templateProgram(input: TemplateProgramInput): Promise<S.ResumedTemplateState> {
  const def = input.template.definition;
  const rt = (): Runtime => ({ now: Date.now(), newId: uuid4 });
  const s = S.startState(input, workflowInfo().workflowId, Date.now());
  const core = ProgramCore.of(s, S, {
    searchAttributes: () => programSearchAttributes(input.typeKey, s),
    historyEventLimit: input.historyEventLimit,
  });
  // A new run goes on with today's mentor and gender expert, from the state handed over.
  const handOver = (resume: unknown) =>
    continueAsNew<typeof templateProgram>({ ...input, mentorId: s.mentorId, genderExpertId: s.genderExpertId, resume });
  const refuse = (r: NonNullable<S.Refusal>) => fail(FAILURE[r.type], r.message);

  setHandler(stateQuery, () => S.liveState(s, def));

  handleTaskCompletion(core, s, {
    validate: (taskId, data, actor) => {
      const refusal = S.taskRefusal(s, def, taskId, actor);
      if (refusal) throw refuse(refusal);
      if (s.cycleDone) throw fail(FAILURE.conflict, 'The cycle has ended');
      // The api validated already; this is the last line before the data enters history.
      const form = S.taskDef(def, s.tasks.find((t) => t.id === taskId)!.type)?.form;
      rejectInvalid(form ? validateSubmission(form, data) : {});
    },
    complete: (task, data, actor) => S.completeTask(s, def, task, data, actor.id, rt()),
  });

  setHandler(
    addRecordUpdate,
    async ({ recordId, kind, data, actor, auditId }) => {
      const row = S.addRecord(s, def, { recordId, kind, data, by: actor.id }, rt());
      await core.commit({ auditId, emitted: row ? [{ kind: 'record_added', record: row }] : [] });
      return { recordId };
    },
    {
      validator: ({ recordId, kind, data, actor }) => {
        // The same record again (a retried request) is answered without adding it twice.
        if (s.records.some((r) => r.id === recordId)) return;
        if (typeof recordId !== 'string' || !recordId || recordId.length > 100)
          throw fail(FAILURE.validation, 'Validation failed', { recordId: 'recordId is required' });
        const refusal = S.recordRefusal(s, def, kind, actor);
        if (refusal) throw refuse(refusal);
        rejectInvalid(validateSubmission(S.recordForm(def, kind)!, data));
      },
    },
  );

  setHandler(closeStageSignal, async ({ actor, stageId, auditId }) => {
    // The api has answered 409 already when the stage cannot be closed; a late one is ignored.
    if (!S.closeStage(s, def, stageId, actor.id, rt())) return;
    await core.commit({ auditId });
  });

  handleControls(s, (auditId) => core.commit({ auditId }), S);
  setHandler(reassignSignal, async ({ actor, mentorId, genderExpertId, auditId }) => {
    if (s.status === 'withdrawn' || s.status === 'completed') return;
    S.reassign(s, def, { mentorId, genderExpertId }, actor.id, rt());
    await core.commit({ auditId });
  });

  // --- the cycle: a full snapshot at the start of every run, then deltas ---
  S.beginCycle(s, def, rt());
  await core.live(
    () => s.cycleDone || s.status === 'withdrawn',
    () => S.tick(s, def, rt()),
  );

  if (s.status === 'withdrawn') return S.resumeState(s);
  if (!s.cycleDone) {
    // The history is full mid-cycle: hand over the exact state to a new run.
    return handOver(S.resumeState(s));
  }
  if (s.year < s.cycles) return handOver(S.carryToNextCycle(s, def));
  S.complete(s, Date.now());
  await core.commit();
  await core.drain();
  return S.resumeState(s);
}
