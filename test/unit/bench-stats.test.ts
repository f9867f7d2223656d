import { describe, expect, it } from 'vitest';
import { buildReport } from '../../scripts/bench/report';
import { markdownTable, percentile, perAction, summarize, verdict } from '../../scripts/bench/stats';

describe('bench percentiles', () => {
  it('takes the nearest rank, whatever the order of the samples', () => {
    const samples = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(100);
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 3 });
    // The input is left as it was.
    expect(samples[0]).toBe(50);
  });

  it('gives per-action growth between checkpoints, and none for an empty segment', () => {
    expect(perAction({ actions: 10, events: 300, bytes: 10_000 }, { actions: 100, events: 840, bytes: 190_000 })).toEqual({
      events: 6,
      bytes: 2000,
    });
    expect(perAction({ actions: 10, events: 1, bytes: 1 }, { actions: 10, events: 1, bytes: 1 }).events).toBeNaN();
  });

  it('judges targets, with n/a for what could not be measured', () => {
    expect(verdict(2, '<=', 2)).toBe('met');
    expect(verdict(2.01, '<=', 2)).toBe('not met');
    expect(verdict(0.9, '>=', 1)).toBe('not met');
    expect(verdict(Number.NaN, '<=', 2)).toBe('n/a');
  });
});

describe('bench table', () => {
  it('pads columns to the widest cell and escapes pipes', () => {
    expect(
      markdownTable(
        ['row', 'value'],
        [
          ['(a)', '1|2'],
          ['(b′)', 'x'],
        ],
      ),
    ).toBe(['| row  | value |', '| ---- | ----- |', '| (a)  | 1\\|2  |', '| (b′) | x     |'].join('\n'));
  });

  it('marks each row against its target and lists what is not met', () => {
    const { text, unmet } = buildReport(
      {
        latency: { a: [10, 10, 10], c: [30, 30, 30], d: [15, 15, 15] },
        starts: { n: 10, bareMs: 1000, cohortMs: 2000, cohortStarted: 10, failures: [] },
        history: [
          {
            label: 'visits',
            points: [
              { actions: 0, events: 100, bytes: 50_000, runs: 1, p50Ms: Number.NaN },
              { actions: 10, events: 150, bytes: 60_000, runs: 1, p50Ms: 20 },
            ],
          },
        ],
        memory: {
          idle: { rss: 100 * 2 ** 20, hwm: 100 * 2 ** 20 },
          rss: { rss: 500 * 2 ** 20, hwm: 510 * 2 ** 20 },
          openPrograms: 1000,
          runningWorkflows: 1000,
          waitMs: 1000,
        },
        notes: [],
      },
      { startedAt: new Date('2026-12-01T08:00:00Z'), durationMs: 1000, header: ['test'] },
    );
    expect(text).toMatch(/\| \(c\) .*\| 3\.00× .*\| not met \|/);
    expect(text).toMatch(/\| \(d\) .*\| 1\.50× .*\| met +\|/);
    // 50 events and 10,000 bytes over 10 visits: within 6 events and 2 KB per action.
    expect(text).toMatch(/\| visits +\| 10 .*\| 5 +\| 1000 B .*\| met +\|/);
    expect(unmet).toEqual(['(c) p50 3.00× of (a)', '(e) cohort start 0.50× of bare', '(g) worker RSS 500 MB']);
  });
});
