/** Pure helpers of the benchmark: percentiles, rates, targets and the markdown table. */

/** Nearest-rank percentile (p in 0..100) of the samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
}

export function summarize(samples: readonly number[]): Summary {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** The result column: a figure that could not be measured is neither met nor not met. */
export type Verdict = 'met' | 'not met' | 'n/a' | '';

export function verdict(value: number, op: '<=' | '>=', limit: number): Verdict {
  if (!Number.isFinite(value) || !Number.isFinite(limit)) return 'n/a';
  return (op === '<=' ? value <= limit : value >= limit) ? 'met' : 'not met';
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export function fmtRatio(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : '—';
}

export function fmtNum(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '—';
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}

export function fmtBytes(b: number): string {
  if (!Number.isFinite(b)) return '—';
  if (Math.abs(b) < 1024) return `${Math.round(b)} B`;
  if (Math.abs(b) < 1024 * 1024) return `${(b / 1024).toFixed(1)} KB`;
  return `${(b / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A markdown table with columns padded to their widest cell, so it reads in a terminal and
 * renders in a markdown viewer alike. Pipes inside cells are escaped.
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const all = [headers.map(cell), ...rows.map((r) => headers.map((_, i) => cell(r[i] ?? '')))];
  const widths = headers.map((_, i) => Math.max(3, ...all.map((r) => [...r[i]].length)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [line(all[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...all.slice(1).map(line)].join('\n');
}

/** Per-action growth between two history checkpoints. */
export function perAction(
  from: { actions: number; events: number; bytes: number },
  to: { actions: number; events: number; bytes: number },
): { events: number; bytes: number } {
  const n = to.actions - from.actions;
  if (n <= 0) return { events: Number.NaN, bytes: Number.NaN };
  return { events: (to.events - from.events) / n, bytes: (to.bytes - from.bytes) / n };
}
