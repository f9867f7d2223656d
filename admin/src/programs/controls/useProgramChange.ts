import { useMutation } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { toSubmissionErrors, type PathResolver, type SubmissionErrors } from '../../common/fieldPaths';
import { useWorkflowErrorHandler } from '../../common/useWorkflowErrorHandler';
import { useMentorflowDataProvider, type MentorflowDataProvider } from '../../data/dataProvider';
import { useProgramRefresh } from '../show/useProgramRefresh';

interface ProgramChange<V> {
  /** The request, given the data provider. */
  send: (dataProvider: MentorflowDataProvider, change: V) => Promise<unknown>;
  /** Which of the API's 400 paths the dialog's inputs show. */
  resolvePath: PathResolver;
  /** What is said once it was taken (a translation key), and how it is said. */
  done: (change: V) => { message: string; type: 'info' | 'success' };
  /** A signal the workflow applies a moment later: the page re-reads a few times. */
  settle?: boolean;
  /** An error the caller handles itself (true): neither shown as field errors nor reported. */
  intercept?: (error: unknown) => boolean;
}

/**
 * A change of a running program through the API (a signal, a workflow update). Resolves to
 * the field errors of a 400, 'failed' when it failed otherwise (already reported), or
 * undefined once taken: then it is said so and the program re-read.
 */
export const useProgramChange = <V>({ send, resolvePath, done, settle, intercept }: ProgramChange<V>) => {
  const dataProvider = useMentorflowDataProvider();
  const notify = useNotify();
  const refresh = useProgramRefresh();
  const onWorkflowError = useWorkflowErrorHandler();
  const mutation = useMutation({ mutationFn: (change: V) => send(dataProvider, change) });
  const change = async (value: V): Promise<SubmissionErrors | 'failed' | undefined> => {
    try {
      await mutation.mutateAsync(value);
    } catch (error) {
      if (intercept?.(error)) return 'failed';
      const errors = toSubmissionErrors(error, resolvePath);
      if (errors) return errors;
      await onWorkflowError(error);
      return 'failed';
    }
    const { message, type } = done(value);
    notify(message, { type });
    refresh({ settle });
    return undefined;
  };
  return { change, mutation };
};
