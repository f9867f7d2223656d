/**
 * (g): the real worker's RSS with many open programs. Programs are topped up through the cohort
 * API to the wanted number of open (active) programs, then we wait until each new program's first
 * task is projected (the worker has run its first workflow task and activity) and read VmRSS.
 */
import { sleep, until } from './api-client';
import type { Results } from './results';
import { readRss } from './stack';
import { importOrganizations, startCohort, type World } from './world';

export async function measureMemory(w: World, results: Results, idle: { rss: number; hwm: number } | null): Promise<void> {
  const open = await w.pm.total('/programs', { status: 'active' });
  const missing = Math.max(0, w.opts.openPrograms - open);
  w.log(`(g) ${open} programs open; starting ${missing} more through the cohort API ...`);
  const t0 = performance.now();
  if (missing) {
    const orgs = await importOrganizations(w, missing, 'open');
    const { failures } = await startCohort(w, orgs, w.mentorIds);
    if (failures.length) w.log(`(g) ${failures.length} cohort items failed, e.g. ${failures[0]}`);
  }
  // Every program still in self_assessment must show its open self-assessment task.
  const inStage = await w.pm.total('/programs', { status: 'active', stage: 'self_assessment' });
  await until(
    `(g) ${inStage} open self-assessment tasks`,
    async () => {
      const tasks = await w.pm.total('/tasks', { status: 'open', type: 'self_assessment' });
      return tasks >= inStage;
    },
    15 * 60_000,
    1000,
  );
  const waitMs = performance.now() - t0;
  // A short pause for the worker to finish what the last projections started.
  await sleep(5000);
  const openPrograms = await w.pm.total('/programs', { status: 'active' });
  let runningWorkflows: number | null = null;
  try {
    runningWorkflows = (await w.temporal.workflow.count(`TaskQueue = "${w.sys.taskQueue}" AND ExecutionStatus = "Running"`)).count;
  } catch {
    /* visibility count not available: leave it out */
  }
  results.memory = { idle, rss: readRss(w.sys.workerPid), openPrograms, runningWorkflows, waitMs };
}
