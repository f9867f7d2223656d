import { pathResolver, type SubmissionErrors } from '../../common/fieldPaths';
import { useIdempotentSubmit } from '../../data/idempotency';
import { useProgramChange } from '../../programs/controls/useProgramChange';
import type { PlanItemStatusInput } from '../domain';

const resolvePath = pathResolver({ inputs: [/^(status|reason)$/] });

/**
 * PUT /api/improvements/:id (a workflow update: waits for the program to record it). Resolves
 * to the field errors of a 400, `false` when it failed otherwise (already reported), or
 * undefined once recorded.
 */
export const useSetPlanItemStatus = () => {
  const idempotent = useIdempotentSubmit();
  const { change, mutation } = useProgramChange({
    send: (dataProvider, { id, change }: { id: string; change: PlanItemStatusInput }) =>
      idempotent({ id, change }, (key) => dataProvider.setPlanItemStatus(id, change, key)),
    resolvePath,
    done: ({ change }) => ({ message: `mentorflow.plan.moved.${change.status}`, type: 'success' }),
  });
  const setStatus = async (id: string, status: PlanItemStatusInput): Promise<SubmissionErrors | false | undefined> => {
    const result = await change({ id, change: status });
    return result === 'failed' ? false : result;
  };
  return { setStatus, isPending: mutation.isPending, pendingId: mutation.variables?.id };
};
