import { continueAsNew, patched, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';
import { DELTA_CORE_PATCH, FAILURE, reassignSignal, stateQuery, type ProgramType } from '../programs/contract';
import { handleTaskCompletion } from '../programs/program-handlers';
import { ProgramCore } from '../programs/program-core';
import { type Runtime } from '../programs/task-book';
import { fail, handleControls } from '../programs/workflow-kit';
import { programSearchAttributes } from '../shared/search-attributes';
import { advocacyMentorshipV1 } from './advocacy-mentorship.v1';
import { setPlanDrafterUpdate, type AdvocacyMentorshipInput } from './contract';
import * as G from './guards';
import * as S from './state';
import type { AdvocacyTaskData } from './task-data';

/**
 * One CSO's advocacy mentorship, from the needs assessment to the end of implementation support,
 * on the program core (program-core.ts): every action projects its facts once before it answers;
 * the run continues as new when its history is full, carrying the state exactly.
 */
export async function advocacyMentorship(input: AdvocacyMentorshipInput): Promise<S.AdvocacyState> {
  // Programs started before the delta core replay on the code they were recorded with.
  if (!patched(DELTA_CORE_PATCH)) return advocacyMentorshipV1(input);

  const { config } = input;
  const rt = (): Runtime => ({ now: Date.now(), newId: uuid4 });
  const s = S.startState(input, workflowInfo().workflowId, Date.now());
  const core = ProgramCore.of(s, S, {
    searchAttributes: () =>
      programSearchAttributes(
        'advocacy' satisfies ProgramType,
        { organizationId: s.organizationId, stage: S.documentStep(s.stage), status: s.status, year: s.year, mentorId: s.mentorId },
        'year-first',
      ),
    historyEventLimit: input.historyEventLimit,
  });

  setHandler(stateQuery, () => S.liveState(s));

  handleTaskCompletion(core, s, {
    validate: (taskId, data, actor) => G.checkTaskCompletion(s, taskId, data, actor, 'current'),
    complete: (task, data, actor) => {
      S.completeTask(s, config, task, data as AdvocacyTaskData, actor.id, rt());
      S.keepDraftOnce(s, task);
    },
  });

  // Issue 12: a new handler; histories recorded before never call it, so they replay unchanged.
  setHandler(
    setPlanDrafterUpdate,
    async ({ drafterId, actor, auditId }) => {
      const movedTaskId = S.setPlanDrafter(s, drafterId, actor.id, rt());
      await core.commit({ auditId });
      return { drafterId: s.planDrafterId ?? null, movedTaskId };
    },
    {
      validator: ({ drafterId }) => {
        if (s.planLockedAt) throw fail(FAILURE.conflict, 'The advocacy plan is final and locked');
        if (s.status === 'withdrawn' || s.status === 'completed') throw fail(FAILURE.conflict, `The program is ${s.status}`);
        if (drafterId !== null && (typeof drafterId !== 'string' || !drafterId))
          throw fail(FAILURE.validation, 'Validation failed', { drafter: 'drafter must be a member or null' });
      },
    },
  );

  handleControls(s, (auditId) => core.commit({ auditId }), S);
  setHandler(reassignSignal, async ({ actor, mentorId, auditId }) => {
    if (!mentorId || s.status === 'withdrawn' || s.status === 'completed') return;
    S.reassignMentor(s, mentorId, actor.id, rt());
    await core.commit({ auditId });
  });

  if (!input.resume) S.openTask(s, config, 'needs_assessment', rt());
  await core.live(
    () => s.status === 'completed' || s.status === 'withdrawn',
    () => S.tick(s, config, rt()),
  );

  if (s.status !== 'completed' && s.status !== 'withdrawn') {
    // The history is full: hand over the exact state to a new run.
    return continueAsNew<typeof advocacyMentorship>({ ...input, mentorId: s.mentorId, resume: S.resumeState(s) });
  }
  return s;
}
