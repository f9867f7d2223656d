import { useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { useMentorflowDataProvider } from '../data/dataProvider';

/** Marks notifications read, then refreshes the list and the bell's count. */
export const useMarkRead = () => {
  const dataProvider = useMentorflowDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return async (ids: string[]) => {
    try {
      for (const id of ids) await dataProvider.markNotificationRead(id);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    }
  };
};
