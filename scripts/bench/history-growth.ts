/**
 * (f): history events and bytes per action on one program, read at checkpoints (10, 100 and 500
 * actions by default): visits on one institutional program, and plan drafting / review cycles
 * (each request is one action) on one advocacy program.
 */
import { percentile } from './stats';
import type { HistorySeries, Results } from './results';
import {
  advocacyAtPlanDrafting,
  institutionalInImplementation,
  planDraftBody,
  planReviewBody,
  visitBody,
  type ProgramRef,
  type World,
} from './world';

async function series(w: World, label: string, program: ProgramRef, action: (n: number) => Promise<number>): Promise<HistorySeries> {
  const out: HistorySeries = { label, points: [] };
  const base = await w.meter.settle(program.workflowId);
  out.points.push({ actions: 0, ...base, p50Ms: Number.NaN });
  let done = 0;
  let times: number[] = [];
  try {
    for (const checkpoint of w.opts.checkpoints) {
      times = [];
      while (done < checkpoint) {
        times.push(await action(done).catch((e: Error) => Promise.reject(new Error(`action ${done + 1} failed: ${e.message}`))));
        done += 1;
      }
      const size = await w.meter
        .settle(program.workflowId)
        .catch((e: Error) => Promise.reject(new Error(`reading the history failed: ${e.message}`)));
      out.points.push({ actions: done, ...size, p50Ms: percentile(times, 50) });
      w.log(`  ${label}: ${done} actions, ${size.events} events, ${(size.bytes / 1024).toFixed(0)} KB, ${size.runs} run(s)`);
    }
  } catch (err) {
    // Say what became of the workflow: on the current code Temporal terminates it at 50 MB.
    const status = await w.temporal.workflow
      .getHandle(program.workflowId)
      .describe()
      .then(
        (d) => d.status.name,
        () => 'unknown',
      );
    out.error = `stopped after ${done} actions, ${(err as Error).message} (workflow status now ${status})`;
    w.log(`  ${label}: ${out.error}`);
    // What the history holds at the point of failure is worth showing too.
    const size = await w.meter.measure(program.workflowId).catch((e: Error) => {
      w.log(`  ${label}: the history could not be read either: ${e.message}`);
      return null;
    });
    if (size && done > out.points[out.points.length - 1].actions) out.points.push({ actions: done, ...size, p50Ms: percentile(times, 50) });
  }
  return out;
}

export async function measureHistoryGrowth(w: World, results: Results): Promise<void> {
  w.log(`(f) institutional: visits on one program, checkpoints ${w.opts.checkpoints.join(', ')} ...`);
  const inst = await institutionalInImplementation(w);
  results.history.push(
    await series(
      w,
      'institutional: log a visit',
      inst,
      async (n) => (await w.mentor.ok('POST', `/programs/${inst.id}/visits`, { body: visitBody(n) })).ms,
    ),
  );

  w.log('(f) advocacy: plan draft / review cycles on one program ...');
  const adv = await advocacyAtPlanDrafting(w);
  results.history.push(
    await series(w, 'advocacy: plan draft or review', adv, async (n) => {
      // Even actions submit a draft, odd ones send it back with comments: the loop never ends.
      const cycle = Math.floor(n / 2);
      const r =
        n % 2 === 0
          ? await w.mentor2.complete(adv.id, 'plan_drafting', planDraftBody(cycle))
          : await w.mentor2.complete(adv.id, 'plan_review', planReviewBody(cycle));
      return r.ms;
    }),
  );
}
