import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNotify, useRedirect } from 'react-admin';
import { toSubmissionErrors, type PathResolver, type SubmissionErrors } from '../../common/fieldPaths';
import { useWorkflowErrorHandler } from '../../common/useWorkflowErrorHandler';
import type { AdvocacyTaskData } from '../../advocacy/domain';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import { useIdempotentSubmit } from '../../data/idempotency';
import type { TaskData } from '../../institutional/domain';
import type { TaskRecord } from '../../institutional/types';

/**
 * Completes a task (POST /api/tasks/:id/complete) and waits for the answer: the workflow's
 * update returns once the program has moved on and the read model is written. Resolves
 * to the form errors of a 400 (for react-admin's Form onSubmit), otherwise undefined.
 */
export const useCompleteTask = (task: TaskRecord, resolvePath: PathResolver) => {
  const dataProvider = useMentorflowDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const onWorkflowError = useWorkflowErrorHandler();
  const idempotent = useIdempotentSubmit();
  const { mutateAsync } = useMutation({
    mutationFn: (data: TaskData | AdvocacyTaskData) => idempotent(data, (key) => dataProvider.completeTask(task.id, data, key)),
  });

  return useCallback(
    async (data: TaskData | AdvocacyTaskData): Promise<SubmissionErrors | undefined> => {
      try {
        await mutateAsync(data);
      } catch (error) {
        const errors = toSubmissionErrors(error, resolvePath);
        if (errors) return errors;
        await onWorkflowError(error);
        // 409: someone else completed it or the program was paused: show what is true now.
        await queryClient.invalidateQueries({ queryKey: ['tasks'] });
        return undefined;
      }
      notify('mentorflow.tasks.completed', {
        type: 'success',
        messageArgs: { smart_count: 1 },
      });
      // The program moved on: its tasks, stage and notifications changed.
      await Promise.all(
        ['tasks', 'programs', 'improvements', 'notifications'].map((resource) => queryClient.invalidateQueries({ queryKey: [resource] })),
      );
      redirect('list', 'tasks');
      return undefined;
    },
    [mutateAsync, resolvePath, onWorkflowError, queryClient, notify, redirect],
  );
};
