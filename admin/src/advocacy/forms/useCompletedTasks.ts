import { useGetList } from 'react-admin';
import type { TaskRecord } from '../../institutional/types';

/**
 * The data of the program's latest completed task of a type (e.g. the curriculum for the
 * training form, earlier check-ins for the next one), newest first.
 */
export const useCompletedTasks = <T>(programId: string, type: string) => {
  const { data, isPending } = useGetList<TaskRecord>('tasks', {
    filter: { programId, type, status: 'completed' },
    sort: { field: 'completedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 25 },
  });
  return { tasks: (data ?? []) as (Omit<TaskRecord, 'data'> & { data: T | null })[], isPending };
};
