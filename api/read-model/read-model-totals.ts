import type { DataSource, EntityManager } from 'typeorm';

/**
 * The dashboard and report figures kept by the database as running totals (migration
 * 1765300000000-read-side-at-scale: triggers append +n/-n rows per key in the writing
 * transaction). A figure is the sum of its key's rows; missing keys are 0.
 */

/** Fold the appended rows into one per key once a read sees more than this many extra rows. */
const COMPACT_AFTER_EXTRA_ROWS = 2_000;

/** The totals whose keys start with one of `prefixes` (e.g. `items:1:`), keys with a sum of 0 left out. */
export async function readTotals(db: DataSource | EntityManager, prefixes: string[]): Promise<Map<string, number>> {
  const rows = (await db.query(
    `SELECT key, sum(n)::text AS n, count(*)::int AS rows FROM read_model_totals WHERE key LIKE ANY ($1::text[]) GROUP BY key`,
    [prefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)],
  )) as { key: string; n: string; rows: number }[];
  const totals = new Map<string, number>();
  let extra = 0;
  for (const r of rows) {
    extra += r.rows - 1;
    if (Number(r.n) !== 0) totals.set(r.key, Number(r.n));
  }
  if (extra > COMPACT_AFTER_EXTRA_ROWS) await db.query('SELECT mf_compact_read_model_totals()');
  return totals;
}

/** `{dim: n}` of the keys `<prefix><dim>` (dims without further colons). */
export function totalsUnder(totals: Map<string, number>, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of totals) {
    if (key.startsWith(prefix) && !key.slice(prefix.length).includes(':')) out[key.slice(prefix.length)] = n;
  }
  return out;
}
