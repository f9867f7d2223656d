import { useRef, useState } from 'react';
import { HttpError, useLogoutIfAccessDenied } from 'react-admin';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import type { ItemResult } from '../types';
import { CHUNK_SIZE, type CohortRow, type CohortSetup } from './state';

export interface StartProgress {
  running: boolean;
  done: number;
  total: number;
  results: ItemResult[];
  stopped: boolean;
}

const messageOf = (error: unknown) => {
  if (error instanceof HttpError) {
    const errors = (error.body as { errors?: Record<string, string> } | null)?.errors;
    if (errors) return Object.values(errors).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
};

/**
 * Starts the cohort CHUNK_SIZE programs per request (POST /api/programs/cohort), so the
 * progress bar moves as programs start. A request that fails as a whole marks its
 * organizations as not started; a 400/403 (the same for every chunk) ends the run.
 */
export const useCohortStart = () => {
  const dataProvider = useMentorflowDataProvider();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const stopRequested = useRef(false);
  const [progress, setProgress] = useState<StartProgress>({ running: false, done: 0, total: 0, results: [], stopped: false });

  /** `needs`: what the chosen type takes (useCohortType): only that is sent. */
  const start = async (setup: CohortSetup, rows: CohortRow[], needs: { genderExpert: boolean; years: boolean; override: boolean }) => {
    const items = rows.filter((row) => row.mentorId).map((row) => ({ organizationId: row.organizationId, mentorId: row.mentorId }));
    stopRequested.current = false;
    const results: ItemResult[] = [];
    setProgress({ running: true, done: 0, total: items.length, results: [], stopped: false });
    let fatal: string | null = null;
    for (let i = 0; i < items.length; i += CHUNK_SIZE) {
      const chunk = items.slice(i, i + CHUNK_SIZE);
      if (fatal || stopRequested.current) {
        const message = fatal ?? 'mentorflow.cohort.stopped_item';
        results.push(...chunk.map((item) => ({ organizationId: item.organizationId, ok: false, message })));
        continue;
      }
      try {
        const outcome = await dataProvider.startCohort({
          type: setup.type,
          items: chunk,
          ...(needs.genderExpert ? { genderExpertId: setup.genderExpertId } : {}),
          ...(needs.years ? { years: setup.years } : {}),
          ...(setup.startDate ? { startDate: setup.startDate } : {}),
          ...(needs.override && setup.override ? { override: true } : {}),
        });
        results.push(...outcome.results);
      } catch (error) {
        if (await logoutIfAccessDenied(error)) return;
        const status = error instanceof HttpError ? error.status : 0;
        const message = messageOf(error);
        results.push(...chunk.map((item) => ({ organizationId: item.organizationId, ok: false, statusCode: status, message })));
        if (status === 400 || status === 403) fatal = message;
      }
      setProgress({
        running: true,
        done: Math.min(i + CHUNK_SIZE, items.length),
        total: items.length,
        results: [...results],
        stopped: false,
      });
    }
    setProgress({ running: false, done: items.length, total: items.length, results, stopped: stopRequested.current });
  };

  return { progress, start, stop: () => (stopRequested.current = true) };
};
