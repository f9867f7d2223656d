import { useMutation } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { pathResolver, toSubmissionErrors, type SubmissionErrors } from '../../common/fieldPaths';
import { useWorkflowErrorHandler } from '../../common/useWorkflowErrorHandler';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import type { ProgramSignal } from '../../institutional/types';
import { useProgramRefresh } from '../show/useProgramRefresh';

const resolvePath = pathResolver({ inputs: [/^(reason|mentorId|genderExpertId)$/] });

/**
 * POST /api/programs/:id/signals/:name. The API checks the live state first (409 when the
 * signal makes no sense now) and answers 202; the workflow applies it a moment later,
 * so the page re-reads a few times.
 */
export const useSendSignal = (programId: string) => {
  const dataProvider = useMentorflowDataProvider();
  const notify = useNotify();
  const refresh = useProgramRefresh();
  const onWorkflowError = useWorkflowErrorHandler();
  const { mutateAsync } = useMutation({
    mutationFn: ({ name, body }: { name: ProgramSignal; body: Record<string, unknown> }) =>
      dataProvider.sendProgramSignal(programId, name, body),
  });
  return async (name: ProgramSignal, body: Record<string, unknown> = {}): Promise<SubmissionErrors | 'failed' | undefined> => {
    try {
      await mutateAsync({ name, body });
    } catch (error) {
      const errors = toSubmissionErrors(error, resolvePath);
      if (errors) return errors;
      await onWorkflowError(error);
      return 'failed';
    }
    notify(`mentorflow.controls.sent.${name}`, { type: 'info' });
    refresh({ settle: true });
    return undefined;
  };
};
