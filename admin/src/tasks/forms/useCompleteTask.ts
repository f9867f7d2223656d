import type { PathResolver } from '../../common/fieldPaths';
import { useInboxSubmit } from '../../common/useWorkflowSubmit';
import type { AdvocacyTaskData } from '../../advocacy/domain';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import type { TaskData } from '../../institutional/domain';
import type { TaskRecord } from '../../institutional/types';

/** The program moved on: its tasks, stage, plan items and notifications changed. */
const completed = () => ({
  message: 'mentorflow.tasks.completed',
  messageArgs: { smart_count: 1 },
  changed: ['tasks', 'programs', 'improvements', 'notifications'],
});

/**
 * Completes a task (POST /api/tasks/:id/complete) and waits for the answer: the workflow's
 * update returns once the program has moved on and the read model is written. Resolves
 * to the form errors of a 400 (for react-admin's Form onSubmit), otherwise undefined.
 */
export const useCompleteTask = (task: TaskRecord, resolvePath: PathResolver) => {
  const dataProvider = useMentorflowDataProvider();
  return useInboxSubmit(
    (data: TaskData | AdvocacyTaskData, key: string) => dataProvider.completeTask(task.id, data, key),
    resolvePath,
    completed,
  );
};
