import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

const RESOURCES = ['programs', 'tasks', 'improvements', 'visits', 'notifications'];

/**
 * After a signal or an update, re-read what it may have changed. Signals are
 * fire-and-forget (202): the workflow applies them a moment later, so read again shortly
 * after as well.
 */
export const useProgramRefresh = () => {
  const queryClient = useQueryClient();
  return useCallback(
    (options: { settle?: boolean } = {}) => {
      const refetch = () => RESOURCES.forEach((resource) => queryClient.invalidateQueries({ queryKey: [resource] }));
      refetch();
      if (options.settle) [800, 2500, 6000].forEach((ms) => setTimeout(refetch, ms));
    },
    [queryClient],
  );
};
