import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AdvocacyPlan } from '../domain';
import type { AdvocacyProgramRecord } from '../types';
import type { PathResolver, SubmissionErrors } from '../../common/fieldPaths';
import { useBackToInbox, useWorkflowSubmit } from '../../common/useWorkflowSubmit';
import { useMentorflowDataProvider } from '../../data/dataProvider';

/**
 * Submits the next version of the advocacy plan (POST /api/programs/:id/plan-drafts) and
 * waits for the workflow: it answers once the draft is recorded and the review is open.
 * Resolves to the form errors of a 400; a 409 (the plan is final and locked) is reported.
 */
export const useSubmitPlanDraft = (programId: string, resolvePath: PathResolver) => {
  const dataProvider = useMentorflowDataProvider();
  const queryClient = useQueryClient();
  const backToInbox = useBackToInbox();
  const send = useWorkflowSubmit((plan: AdvocacyPlan, key: string) => dataProvider.submitPlanDraft(programId, plan, key), resolvePath);
  return useCallback(
    async (plan: AdvocacyPlan): Promise<SubmissionErrors | undefined> => {
      const sent = await send(plan);
      if (!sent.ok) {
        // A 409: show what is true now.
        if (!sent.errors) await queryClient.invalidateQueries({ queryKey: ['tasks'] });
        return sent.errors;
      }
      const version = (sent.result.program as unknown as AdvocacyProgramRecord).details?.latestPlanVersion;
      await backToInbox('mentorflow.advocacy.plan.submitted', { version: version ?? '' }, ['tasks', 'programs', 'notifications']);
      return undefined;
    },
    [send, queryClient, backToInbox],
  );
};
