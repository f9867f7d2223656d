import type { Response } from 'express';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { contentRange } from './list-query';

/**
 * Lists at national size (issue 13). Totals are counted exactly up to this many rows; beyond,
 * the total is the planner's estimate (`EXPLAIN`), so no page ever counts a whole table.
 */
export const EXACT_COUNT_LIMIT = 10_000;

/** Response header that says the Content-Range total is an estimate (react-admin shows it as the total). */
export const TOTAL_ESTIMATED_HEADER = 'X-Total-Estimated';

export interface Page<T> {
  rows: T[];
  total: number;
  /** true when total is the planner's estimate (more than EXACT_COUNT_LIMIT rows match). */
  estimated: boolean;
}

/**
 * One page of `qb` (filters, joins, scope and order already set; its joins must be many-to-one).
 * First the page's ids alone, in the list's order (an index scan with OFFSET that touches no
 * joined table the filters do not need), then those rows with their joins: a deep page costs an
 * index walk, not thousands of joined rows. Replaces TypeORM's skip/take, which with joins first
 * runs a DISTINCT over the whole join.
 */
export async function pageOf<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  idColumn: string,
  skip: number,
  take: number,
): Promise<Page<T>> {
  const ids = ((await withoutUnusedJoins(qb.clone().select(idColumn, 'id')).offset(skip).limit(take).getRawMany()) as { id: string }[]).map(
    (r) => r.id,
  );
  // The ids already passed the filters and the viewer's scope: the rows query looks them up by key alone.
  const byIds = qb.clone();
  byIds.expressionMap.wheres = [];
  const rows = ids.length ? await byIds.andWhere(`${idColumn} IN (:...pageIds)`, { pageIds: ids }).getMany() : [];
  const at = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0));
  return { rows, ...(await totalOf(qb, skip, take, ids.length)) };
}

/** The total of a list whose page at `skip` held `found` rows of `take`: exact up to EXACT_COUNT_LIMIT. */
export async function totalOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  skip: number,
  take: number,
  found: number,
): Promise<{ total: number; estimated: boolean }> {
  // A short page that is not empty is the last one: nothing to count.
  if (found > 0 && found < take) return { total: skip + found, estimated: false };
  if (skip === 0 && found === 0) return { total: 0, estimated: false };
  const matching = withoutUnusedJoins(qb.clone().select('1').orderBy().offset(undefined).limit(undefined));
  const [sql, params] = matching
    .clone()
    .limit(EXACT_COUNT_LIMIT + 1)
    .getQueryAndParameters();
  const [{ count }] = (await qb.connection.query(`SELECT count(*)::int AS count FROM (${sql}) matching`, params)) as { count: number }[];
  if (count <= EXACT_COUNT_LIMIT) return { total: count, estimated: false };
  const [all, allParams] = matching.getQueryAndParameters();
  const plan = (await qb.connection.query(`EXPLAIN (FORMAT JSON) ${all}`, allParams)) as {
    'QUERY PLAN': { Plan: { 'Plan Rows': number } }[];
  }[];
  const estimate = Math.round(plan[0]?.['QUERY PLAN']?.[0]?.Plan?.['Plan Rows'] ?? 0);
  // Never below what is known to exist.
  return { total: Math.max(estimate, EXACT_COUNT_LIMIT + 1, skip + found), estimated: true };
}

/**
 * Drops the joins that neither the filters nor the order use (the id and count queries select
 * no joined column). PostgreSQL removes such left joins itself, but still plans the query as a
 * join: a deep page then sorts the whole table instead of walking the list's index.
 */
function withoutUnusedJoins<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const map = qb.expressionMap;
  const used = `${(qb as unknown as { createWhereExpression(): string }).createWhereExpression()} ${Object.keys(map.orderBys).join(' ')}`;
  const mentions = (alias: string) => new RegExp(`(^|[^\\w."])"?${alias}"?\\.`).test(used);
  const keep = new Set(map.joinAttributes.filter((j) => mentions(j.alias.name)).map((j) => j.alias.name));
  // A kept join may hang off another joined alias (o from p.organization): keep that one too.
  for (let changed = true; changed;) {
    changed = false;
    for (const j of map.joinAttributes) {
      const parent = j.parentAlias;
      if (keep.has(j.alias.name) && parent && !keep.has(parent) && map.joinAttributes.some((k) => k.alias.name === parent)) {
        keep.add(parent);
        changed = true;
      }
    }
  }
  map.joinAttributes = map.joinAttributes.filter((j) => keep.has(j.alias.name));
  return qb;
}

/** Content-Range for react-admin, and the header saying when its total is an estimate. */
export function setListHeaders(res: Response, resource: string, skip: number, page: Page<unknown>): void {
  res.setHeader('Content-Range', contentRange(resource, skip, page.rows.length, page.total));
  if (page.estimated) res.setHeader(TOTAL_ESTIMATED_HEADER, 'true');
}
