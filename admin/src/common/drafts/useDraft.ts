import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useMentorflowDataProvider, type DraftRecord, type DraftTarget } from '../../data/dataProvider';

export const draftQueryKey = (target: DraftTarget | null) => ['drafts', target ?? 'none'];

/**
 * The caller's server-side draft of a form (GET /api/tasks/:id/draft or /api/drafts/:key),
 * read fresh each time the form opens so another device's typing is restored too.
 * `enabled: false` (read-only forms) reads nothing.
 */
export const useDraft = (target: DraftTarget, enabled = true) => {
  const dataProvider = useMentorflowDataProvider();
  const queryClient = useQueryClient();
  const query = useQuery<DraftRecord>({
    queryKey: draftQueryKey(target),
    queryFn: () => dataProvider.getDraft(target),
    enabled,
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const discard = useCallback(async () => {
    await dataProvider.deleteDraft(target).catch(() => undefined);
    queryClient.removeQueries({ queryKey: draftQueryKey(target) });
  }, [dataProvider, queryClient, target]);
  return { ...query, discard };
};
