import { useCallback } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify, useRedirect } from 'react-admin';
import { useIdempotentSubmit } from '../data/idempotency';
import { toSubmissionErrors, type PathResolver, type SubmissionErrors } from './fieldPaths';
import { useWorkflowErrorHandler } from './useWorkflowErrorHandler';

export type WorkflowSubmitResult<Result> = { ok: true; result: Result } | { ok: false; errors?: SubmissionErrors };

/**
 * Sends a form's data to the API for a workflow (a task's completion, a plan draft, a visit),
 * idempotently: a retry after an attempt that got no answer cannot do it twice. Resolves to the
 * answer; to the form errors of a 400; or, for anything else (a 409, the API down), reports it
 * (useWorkflowErrorHandler) and resolves to `{ ok: false }`.
 */
export const useWorkflowSubmit = <Body, Result>(send: (body: Body, key: string) => Promise<Result>, resolvePath: PathResolver) => {
  const onWorkflowError = useWorkflowErrorHandler();
  const idempotent = useIdempotentSubmit();
  const { mutateAsync } = useMutation({ mutationFn: (body: Body) => idempotent(body, (key) => send(body, key)) });
  return useCallback(
    async (body: Body): Promise<WorkflowSubmitResult<Result>> => {
      try {
        return { ok: true, result: await mutateAsync(body) };
      } catch (error) {
        const errors = toSubmissionErrors(error, resolvePath);
        if (errors) return { ok: false, errors };
        await onWorkflowError(error);
        return { ok: false };
      }
    },
    [mutateAsync, resolvePath, onWorkflowError],
  );
};

/** After a task (or a plan draft) moved its program on: the message, what changed read again, back to the inbox. */
export const useBackToInbox = () => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const redirect = useRedirect();
  return useCallback(
    async (message: string, messageArgs: Record<string, unknown>, changed: string[]) => {
      notify(message, { type: 'success', messageArgs });
      await Promise.all(changed.map((resource) => queryClient.invalidateQueries({ queryKey: [resource] })));
      redirect('list', 'tasks');
    },
    [queryClient, notify, redirect],
  );
};
