/**
 * (a)-(d): round-trips measured interleaved, one of each per iteration, so the load that other
 * processes put on a shared machine falls on every row alike and the ratios stay meaningful.
 */
import type { WorkflowHandle } from '@temporalio/client';
import { pingUpdate, writeRowLocalUpdate, writeRowUpdate } from './bench-target.workflow';
import type { LatencyKey, Results } from './results';
import { importOrganizations, institutionalInImplementation, selfAssessmentBody, startCohort, visitBody, type World } from './world';

export async function startBenchTarget(w: World, name: string): Promise<WorkflowHandle> {
  const workflowId = `bench-${name}-${w.tag}`;
  w.benchWorkflowIds.push(workflowId);
  // The execution timeout ends it on its own should the run be cut short on a shared server.
  return w.temporal.workflow.start('benchTarget', {
    taskQueue: w.bench.taskQueue,
    workflowId,
    args: [workflowId],
    workflowExecutionTimeout: '2 hours',
  });
}

export async function measureLatency(w: World, results: Results): Promise<void> {
  const { sections, samples, warmup } = w.opts;
  const total = samples + warmup;
  const steps: { key: LatencyKey; run: (i: number) => Promise<number> }[] = [];
  const timed = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };

  if (sections.has('a')) {
    const h = await startBenchTarget(w, 'ping');
    steps.push({ key: 'a', run: (i) => timed(() => h.executeUpdate(pingUpdate, { args: [i] })) });
  }
  if (sections.has('b')) {
    const h = await startBenchTarget(w, 'activity');
    const hl = await startBenchTarget(w, 'local-activity');
    steps.push({ key: 'b', run: (i) => timed(() => h.executeUpdate(writeRowUpdate, { args: [i] })) });
    steps.push({ key: 'bLocal', run: (i) => timed(() => hl.executeUpdate(writeRowLocalUpdate, { args: [i] })) });
  }
  if (sections.has('c')) {
    w.log('(c) driving one institutional program to implementation ...');
    const p = await institutionalInImplementation(w);
    steps.push({ key: 'c', run: async (i) => (await w.mentor.ok('POST', `/programs/${p.id}/visits`, { body: visitBody(i) })).ms });
  }
  if (sections.has('d')) {
    // One fresh program per completion: each sample completes a self-assessment that is open.
    w.log(`(d) starting ${total} institutional programs of mentor1 and waiting for their self-assessments ...`);
    const orgs = await importOrganizations(w, total, 'task');
    const { programIds, failures } = await startCohort(w, orgs, [w.mentor1Id]);
    if (failures.length) throw new Error(`(d) cohort start failed for ${failures.length}: ${failures[0]}`);
    const taskIds: string[] = [];
    for (const id of programIds) taskIds.push((await w.mentor.openTask(id, 'self_assessment', 300_000)).id);
    steps.push({
      key: 'd',
      run: async (i) => (await w.mentor.ok('POST', `/tasks/${taskIds[i]}/complete`, { body: selfAssessmentBody(i) })).ms,
    });
  }

  w.log(`(a)-(d) ${total} iterations of: ${steps.map((s) => s.key).join(', ')} ...`);
  for (const s of steps) results.latency[s.key] = [];
  for (let i = 0; i < total; i++) {
    for (const s of steps) {
      const ms = await s.run(i);
      if (i >= warmup) results.latency[s.key]!.push(ms);
    }
    if ((i + 1) % 50 === 0) w.log(`  ${i + 1}/${total}`);
  }
}
