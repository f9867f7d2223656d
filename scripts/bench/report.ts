/** Turns a run's results into the markdown report printed at the end and saved to bench-results/. */
import type { Results } from './results';
import { fmtBytes, fmtMs, fmtNum, fmtRatio, markdownTable, perAction, summarize, verdict, type Verdict } from './stats';

export const TARGETS = {
  latencyRatio: 2,
  eventsPerAction: 6,
  bytesPerAction: 2048,
  rssBytes: 400 * 1024 * 1024,
};

export interface ReportMeta {
  startedAt: Date;
  durationMs: number;
  header: string[];
  /** The rows asked for (--sections); one without a figure is listed as not measured. */
  sections?: readonly string[];
}

const LATENCY_ROWS = [
  { key: 'a', row: '(a)', what: 'bare Temporal update round-trip, trivial workflow', target: false },
  { key: 'b', row: '(b)', what: 'bare update awaiting one activity that writes one PostgreSQL row', target: false },
  { key: 'bLocal', row: '(b′)', what: 'the same with a local activity', target: false },
  { key: 'c', row: '(c)', what: 'log a visit: POST /api/programs/:id/visits (mentor, one program)', target: true },
  { key: 'd', row: '(d)', what: 'complete a task: POST /api/tasks/:id/complete (a self-assessment, one fresh program each)', target: true },
] as const;

export function buildReport(results: Results, meta: ReportMeta): { text: string; unmet: string[] } {
  const unmet: string[] = [];
  const mark = (v: Verdict, what: string) => {
    if (v === 'not met' || v === 'n/a') unmet.push(`${what}${v === 'n/a' ? ' (not measured)' : ''}`);
    return v;
  };
  const out: string[] = [`# Mentorflow benchmark, ${meta.startedAt.toISOString()}`, '', ...meta.header.map((h) => `- ${h}`), ''];

  // (a)-(d)
  const a = summarize(results.latency.a ?? []);
  const latencyRows = LATENCY_ROWS.filter((r) => results.latency[r.key]).map((r) => {
    const s = summarize(results.latency[r.key]!);
    const ratio = s.p50 / a.p50;
    const target = r.target ? `p50 ≤ ${TARGETS.latencyRatio}× (a)` : '';
    const result = r.target ? mark(verdict(ratio, '<=', TARGETS.latencyRatio), `${r.row} p50 ${fmtRatio(ratio)} of (a)`) : '';
    return [r.row, r.what, String(s.n), fmtMs(s.p50), fmtMs(s.p95), r.key === 'a' ? '1.00×' : fmtRatio(ratio), target, result];
  });
  if (latencyRows.length || results.latencyError) {
    out.push('## Latency (a)-(d), measured interleaved: one of each per iteration', '');
    if (latencyRows.length)
      out.push(markdownTable(['row', 'what', 'n', 'p50', 'p95', 'p50 ÷ (a) p50', 'target', 'result'], latencyRows), '');
    if (results.latencyError) out.push(`Stopped: ${results.latencyError}`, '');
  }

  // (e)
  if (results.starts) {
    const s = results.starts;
    const bareRate = s.n / (s.bareMs / 1000);
    const cohortRate = s.cohortStarted / (s.cohortMs / 1000);
    const ratio = cohortRate / bareRate;
    out.push('## Start rate (e)', '');
    out.push(
      markdownTable(
        ['row', 'what', 'n', 'time', 'rate', '÷ bare', 'target', 'result'],
        [
          [
            '(e)',
            'bare sequential workflow.start, trivial workflow',
            String(s.n),
            `${(s.bareMs / 1000).toFixed(1)} s`,
            `${bareRate.toFixed(1)}/s`,
            '1.00×',
            '',
            '',
          ],
          [
            '(e)',
            'cohort start: POST /api/programs/cohort (institutional), sequential requests',
            `${s.cohortStarted}/${s.n}`,
            `${(s.cohortMs / 1000).toFixed(1)} s`,
            `${cohortRate.toFixed(1)}/s`,
            fmtRatio(ratio),
            '≥ 1.00× bare',
            mark(s.cohortStarted === s.n ? verdict(ratio, '>=', 1) : 'not met', `(e) cohort start ${fmtRatio(ratio)} of bare`),
          ],
        ],
      ),
      '',
    );
    if (s.failures.length) out.push(`${s.failures.length} cohort items failed, e.g. ${s.failures[0]}`, '');
  }

  // (f)
  if (results.history.length) {
    out.push('## History per action (f): all runs of the workflow id, serialized event bytes', '');
    const rows: string[][] = [];
    for (const series of results.history) {
      series.points.forEach((p, i) => {
        if (i === 0) {
          rows.push([
            series.label,
            '0',
            String(p.events),
            fmtBytes(p.bytes),
            String(p.runs),
            'before the first action',
            '',
            '',
            '',
            '',
            '',
          ]);
          return;
        }
        const prev = series.points[i - 1];
        const d = perAction(prev, p);
        const v: Verdict =
          verdict(d.events, '<=', TARGETS.eventsPerAction) === 'met' && verdict(d.bytes, '<=', TARGETS.bytesPerAction) === 'met'
            ? 'met'
            : 'not met';
        rows.push([
          series.label,
          String(p.actions),
          String(p.events),
          fmtBytes(p.bytes),
          String(p.runs),
          `actions ${prev.actions + 1}-${p.actions}`,
          fmtNum(d.events),
          fmtBytes(d.bytes),
          fmtMs(p.p50Ms),
          `≤ ${TARGETS.eventsPerAction} events, ≤ ${fmtBytes(TARGETS.bytesPerAction)}`,
          mark(
            v,
            `(f) ${series.label}, actions ${prev.actions + 1}-${p.actions}: ${fmtNum(d.events)} events, ${fmtBytes(d.bytes)} per action`,
          ),
        ]);
      });
      if (series.error) mark('not met', `(f) ${series.label}: ${series.error}`);
    }
    out.push(
      markdownTable(
        [
          'program',
          'actions',
          'events',
          'history',
          'runs',
          'segment',
          'events/action',
          'bytes/action',
          'p50 of its requests',
          'target',
          'result',
        ],
        rows,
      ),
      '',
    );
    for (const s of results.history) if (s.error) out.push(`${s.label}: ${s.error}`, '');
  }

  // (g)
  if (results.memory) {
    const m = results.memory;
    const mb = (b: number | undefined) => (b === undefined || !Number.isFinite(b) ? 'n/a' : `${Math.round(b / 1024 / 1024)} MB`);
    out.push('## Worker memory (g)', '');
    out.push(
      markdownTable(
        ['row', 'what', 'value', 'target', 'result'],
        [
          ['(g)', 'worker VmRSS at the start (after start-up)', mb(m.idle?.rss), '', ''],
          [
            '(g)',
            `worker VmRSS with ${m.openPrograms} open programs${m.runningWorkflows === null ? '' : ` (${m.runningWorkflows} running workflows on its task queue)`}`,
            mb(m.rss?.rss),
            `≤ ${mb(TARGETS.rssBytes)}`,
            mark(m.rss ? verdict(m.rss.rss, '<=', TARGETS.rssBytes) : 'n/a', `(g) worker RSS ${mb(m.rss?.rss)}`),
          ],
          ['(g)', 'worker VmHWM (its peak RSS up to this point)', mb(m.rss?.hwm), '', ''],
          ['(g)', 'time to start the missing programs and see their first tasks', `${(m.waitMs / 1000).toFixed(0)} s`, '', ''],
        ],
      ),
      '',
    );
    if (!m.rss) out.push('The worker RSS was not read: give --worker-pid for a running system.', '');
  }

  const measured: Record<string, boolean> = {
    a: !!results.latency.a?.length,
    b: !!results.latency.b?.length,
    c: !!results.latency.c?.length,
    d: !!results.latency.d?.length,
    e: !!results.starts,
    f: results.history.some((h) => h.points.length > 1),
    g: !!results.memory,
  };
  for (const s of meta.sections ?? []) if (!measured[s]) unmet.push(`(${s}) not measured`);
  out.push('## Targets not met', '', ...(unmet.length ? unmet.map((u) => `- ${u}`) : ['- none']), '');
  if (results.notes.length) out.push('## Notes', '', ...results.notes.map((n) => `- ${n}`), '');
  out.push(`Run took ${Math.round(meta.durationMs / 1000)} s.`, '');
  return { text: out.join('\n'), unmet };
}
