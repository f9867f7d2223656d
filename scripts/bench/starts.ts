/**
 * (e): sequential bare workflow.start of the trivial workflow vs. the API's cohort start, for the
 * same number of CSOs. The organisations are imported first and not counted.
 */
import { startBenchTarget } from './latency';
import type { Results } from './results';
import { importOrganizations, startCohort, type World } from './world';

export async function measureStarts(w: World, results: Results): Promise<void> {
  const n = w.opts.cohort;
  w.log(`(e) ${n} bare sequential workflow.start ...`);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await startBenchTarget(w, `start-${i}`);
  const bareMs = performance.now() - t0;

  w.log(`(e) importing ${n} organisations, then the cohort start ...`);
  const orgs = await importOrganizations(w, n, 'cohort');
  const { programIds, ms, failures } = await startCohort(w, orgs, w.mentorIds);
  results.starts = { n, bareMs, cohortMs: ms, cohortStarted: programIds.length, failures };
}
