import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';

/** After a cohort started: the programs list and the dashboard count the new programs. */
export const useRefreshStarted = () => {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.invalidateQueries({ queryKey: ['programs'] });
    queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  }, [queryClient]);
};
