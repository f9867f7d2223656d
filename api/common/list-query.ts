import { BadRequestException } from '@nestjs/common';
import { findInputProblem } from './input-guard';

/**
 * react-admin "simple REST" list parameters: sort=["field","ASC"], range=[0,24], filter={...}.
 * Malformed values are a 400 naming the parameter, never a silent default.
 */
export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  skip: number;
  take: number;
  filter: Record<string, unknown>;
}

export interface RawListQuery {
  sort?: string;
  range?: string;
  filter?: string;
}

const MAX_PAGE = 500;

function parseJson(name: string, raw: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw bad(name, `${name} must be valid JSON`);
  }
  // The JSON may carry escapes (\u0000) that the raw query string did not show the input guard.
  const problem = findInputProblem(value, name);
  if (problem) throw bad(problem.path, problem.message);
  return value;
}

function bad(field: string, message: string) {
  return new BadRequestException({ statusCode: 400, message: 'Invalid list parameters', errors: { [field]: message } });
}

export function parseListQuery(
  raw: RawListQuery,
  opts: { sortable: readonly string[]; filterable: readonly string[]; defaultSort: ListQuery['sort'] },
): ListQuery {
  let sort = opts.defaultSort;
  if (raw.sort) {
    const s = parseJson('sort', raw.sort);
    if (!Array.isArray(s) || s.length !== 2 || typeof s[0] !== 'string') {
      throw bad('sort', 'sort must be ["field","ASC"|"DESC"]');
    }
    const order = String(s[1]).toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') throw bad('sort', 'sort order must be ASC or DESC');
    if (!opts.sortable.includes(s[0])) throw bad('sort', `cannot sort by ${s[0]}; use one of ${opts.sortable.join(', ')}`);
    sort = { field: s[0], order };
  }
  let skip = 0;
  let take = 25;
  if (raw.range) {
    const r = parseJson('range', raw.range);
    if (!Array.isArray(r) || r.length !== 2 || !r.every((n) => Number.isInteger(n) && n >= 0) || r[1] < r[0]) {
      throw bad('range', 'range must be [start,end] with 0 <= start <= end');
    }
    skip = r[0];
    take = Math.min(r[1] - r[0] + 1, MAX_PAGE);
  }
  let filter: Record<string, unknown> = {};
  if (raw.filter) {
    const f = parseJson('filter', raw.filter);
    if (typeof f !== 'object' || f === null || Array.isArray(f)) throw bad('filter', 'filter must be a JSON object');
    for (const key of Object.keys(f)) {
      if (!opts.filterable.includes(key)) throw bad('filter', `unknown filter ${key}; use one of ${opts.filterable.join(', ')}`);
    }
    filter = f as Record<string, unknown>;
  }
  return { sort, skip, take, filter };
}

/** Sets the Content-Range header react-admin reads the total from. */
export function contentRange(resource: string, skip: number, count: number, total: number): string {
  const end = count === 0 ? skip : skip + count - 1;
  return `${resource} ${skip}-${end}/${total}`;
}
