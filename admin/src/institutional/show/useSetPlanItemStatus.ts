import { useMutation } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { toSubmissionErrors, pathResolver, type SubmissionErrors } from '../../common/fieldPaths';
import { useWorkflowErrorHandler } from '../../common/useWorkflowErrorHandler';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import { useIdempotentSubmit } from '../../data/idempotency';
import type { PlanItemStatusInput } from '../domain';
import { useProgramRefresh } from '../../programs/show/useProgramRefresh';

const resolvePath = pathResolver({ inputs: [/^(status|reason)$/] });

/**
 * PUT /api/improvements/:id (a workflow update: waits for the program to record it). Resolves
 * to the field errors of a 400, `false` when it failed otherwise (already reported), or
 * undefined once recorded.
 */
export const useSetPlanItemStatus = () => {
  const dataProvider = useMentorflowDataProvider();
  const notify = useNotify();
  const refresh = useProgramRefresh();
  const onWorkflowError = useWorkflowErrorHandler();
  const idempotent = useIdempotentSubmit();
  const mutation = useMutation({
    mutationFn: ({ id, change }: { id: string; change: PlanItemStatusInput }) =>
      idempotent({ id, change }, (key) => dataProvider.setPlanItemStatus(id, change, key)),
  });
  const setStatus = async (id: string, change: PlanItemStatusInput): Promise<SubmissionErrors | false | undefined> => {
    try {
      await mutation.mutateAsync({ id, change });
    } catch (error) {
      const errors = toSubmissionErrors(error, resolvePath);
      if (errors) return errors;
      await onWorkflowError(error);
      return false;
    }
    notify(`mentorflow.plan.moved.${change.status}`, { type: 'success' });
    refresh();
    return undefined;
  };
  return { setStatus, isPending: mutation.isPending, pendingId: mutation.variables?.id };
};
