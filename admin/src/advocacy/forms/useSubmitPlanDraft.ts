import type { AdvocacyPlan } from '../domain';
import type { AdvocacyProgramRecord } from '../types';
import type { PathResolver } from '../../common/fieldPaths';
import { useInboxSubmit } from '../../common/useWorkflowSubmit';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import type { ProgramRecord } from '../../institutional/types';

/** The draft is recorded and its review open: the message names the new version. */
const submitted = (answer: { program: ProgramRecord }) => ({
  message: 'mentorflow.advocacy.plan.submitted',
  messageArgs: { version: (answer.program as unknown as AdvocacyProgramRecord).details?.latestPlanVersion ?? '' },
  changed: ['tasks', 'programs', 'notifications'],
});

/**
 * Submits the next version of the advocacy plan (POST /api/programs/:id/plan-drafts) and
 * waits for the workflow: it answers once the draft is recorded and the review is open.
 * Resolves to the form errors of a 400; a 409 (the plan is final and locked) is reported.
 */
export const useSubmitPlanDraft = (programId: string, resolvePath: PathResolver) => {
  const dataProvider = useMentorflowDataProvider();
  return useInboxSubmit((plan: AdvocacyPlan, key: string) => dataProvider.submitPlanDraft(programId, plan, key), resolvePath, submitted);
};
