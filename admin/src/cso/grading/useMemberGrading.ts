import { useQuery } from '@tanstack/react-query';
import { getMemberGrading, statusOf } from '../api';

/**
 * The year's grading round as the mentor sees it (open, respondents, per element n/min/median/max
 * and every member's grade). Re-read every 30 s while the form is open: members grade meanwhile.
 */
export const useMemberGrading = (programId: string, year: number, enabled = true) =>
  useQuery({
    queryKey: ['member-grading', programId, year],
    queryFn: () => getMemberGrading(programId, year),
    enabled: enabled && !!programId,
    refetchInterval: 30_000,
    // 404 (no round yet on an older API) is "no round", not an error to retry.
    retry: (count, error) => statusOf(error) !== 404 && statusOf(error) !== 403 && count < 2,
  });
