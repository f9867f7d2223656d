import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNotify, useRedirect } from 'react-admin';
import type { AdvocacyPlan } from '../domain';
import type { AdvocacyProgramRecord } from '../types';
import { toSubmissionErrors, type PathResolver, type SubmissionErrors } from '../../common/fieldPaths';
import { useWorkflowErrorHandler } from '../../common/useWorkflowErrorHandler';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import { useIdempotentSubmit } from '../../data/idempotency';

/**
 * Submits the next version of the advocacy plan (POST /api/programs/:id/plan-drafts) and
 * waits for the workflow: it answers once the draft is recorded and the review is open.
 * Resolves to the form errors of a 400; a 409 (the plan is final and locked) is reported.
 */
export const useSubmitPlanDraft = (programId: string, resolvePath: PathResolver) => {
  const dataProvider = useMentorflowDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const onWorkflowError = useWorkflowErrorHandler();
  const idempotent = useIdempotentSubmit();
  const { mutateAsync } = useMutation({
    mutationFn: (plan: AdvocacyPlan) => idempotent(plan, (key) => dataProvider.submitPlanDraft(programId, plan, key)),
  });
  return useCallback(
    async (plan: AdvocacyPlan): Promise<SubmissionErrors | undefined> => {
      let version: number | null | undefined;
      try {
        const { program } = await mutateAsync(plan);
        version = (program as unknown as AdvocacyProgramRecord).details?.latestPlanVersion;
      } catch (error) {
        const errors = toSubmissionErrors(error, resolvePath);
        if (errors) return errors;
        await onWorkflowError(error);
        await queryClient.invalidateQueries({ queryKey: ['tasks'] });
        return undefined;
      }
      notify('mentorflow.advocacy.plan.submitted', { type: 'success', messageArgs: { version: version ?? '' } });
      await Promise.all(['tasks', 'programs', 'notifications'].map((resource) => queryClient.invalidateQueries({ queryKey: [resource] })));
      redirect('list', 'tasks');
      return undefined;
    },
    [mutateAsync, resolvePath, onWorkflowError, queryClient, notify, redirect],
  );
};
