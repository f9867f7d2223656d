import { useCallback } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
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

/** What a workflow call changed: the message that says so, and what to read again (resources, or whole query keys). */
export interface WorkflowChange {
  message: string;
  messageArgs?: Record<string, unknown>;
  type?: 'success' | 'info';
  changed: (string | QueryKey)[];
}

/** After a workflow call that changed things: its message, and what it changed read again. */
export const useAnnounceChange = () => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useCallback(
    async ({ message, messageArgs, type = 'success', changed }: WorkflowChange) => {
      notify(message, { type, messageArgs });
      await Promise.all(changed.map((key) => queryClient.invalidateQueries({ queryKey: typeof key === 'string' ? [key] : key })));
    },
    [queryClient, notify],
  );
};

/** After a task (or a plan draft) moved its program on: the message, what changed read again, back to the inbox. */
export const useBackToInbox = () => {
  const announce = useAnnounceChange();
  const redirect = useRedirect();
  return useCallback(
    async (change: WorkflowChange) => {
      await announce(change);
      redirect('list', 'tasks');
    },
    [announce, redirect],
  );
};

/**
 * A task page's submission (a completion, a plan draft): sent for the workflow, then back to the
 * inbox with what `done` makes of the answer. A 409 (someone else completed the task, the program
 * was paused) reads the tasks again to show what is true now. Resolves to the form errors of a 400
 * (for react-admin's Form onSubmit), otherwise undefined.
 */
export const useInboxSubmit = <Body, Result>(
  send: (body: Body, key: string) => Promise<Result>,
  resolvePath: PathResolver,
  done: (result: Result) => WorkflowChange,
) => {
  const queryClient = useQueryClient();
  const backToInbox = useBackToInbox();
  const submit = useWorkflowSubmit(send, resolvePath);
  return useCallback(
    async (body: Body): Promise<SubmissionErrors | undefined> => {
      const sent = await submit(body);
      if (sent.ok) {
        await backToInbox(done(sent.result));
        return undefined;
      }
      if (!sent.errors) await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      return sent.errors;
    },
    [submit, done, queryClient, backToInbox],
  );
};
