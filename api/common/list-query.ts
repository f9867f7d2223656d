import { BadRequestException } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { findInputProblem } from './input-guard';

/**
 * react-admin "simple REST" list parameters: sort=["field","ASC"], range=[0,24], filter={...}.
 * Malformed values are a 400 naming the parameter (or `filter.<key>`), never a silent default
 * and never a value PostgreSQL would choke on (a 500).
 */
export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  skip: number;
  take: number;
  filter: Record<string, FilterValue>;
}

export type FilterValue = string | number | boolean | string[] | number[];

export interface RawListQuery {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
}

/**
 * What one filter key accepts. `many`: a JSON array of such values is accepted too (react-admin's
 * getMany sends `{"id":[...]}`), non-empty and at most MAX_MANY long.
 */
export type FilterRule =
  | { type: 'uuid'; many?: boolean }
  | { type: 'enum'; values: readonly string[]; many?: boolean }
  | { type: 'int'; min: number; max: number; many?: boolean }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'text'; max?: number; many?: boolean };

/** Filter key -> rule, declared by each list endpoint. */
export type FilterSpec = Readonly<Record<string, FilterRule>>;

/** Shorthands for declaring a FilterSpec. Ids and enums accept arrays unless told otherwise. */
export const filterOf = {
  uuid: (many = true): FilterRule => ({ type: 'uuid', many }),
  enum: (values: readonly string[], many = true): FilterRule => ({ type: 'enum', values, many }),
  int: (min: number, max: number, many = true): FilterRule => ({ type: 'int', min, max, many }),
  boolean: (): FilterRule => ({ type: 'boolean' }),
  date: (): FilterRule => ({ type: 'date' }),
  text: (max = 200, many = false): FilterRule => ({ type: 'text', max, many }),
};

const MAX_PAGE = 500;
/** Far beyond any real list, far below what PostgreSQL's OFFSET (bigint) or JS integers break at. */
const MAX_OFFSET = 1_000_000_000;
const MAX_MANY = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A day, or a day and time with an optional zone (the console's audit "to" is 2027-01-31T23:59:59.999).
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function parseJson(name: string, raw: unknown): unknown {
  if (typeof raw !== 'string') throw bad(name, `${name} must be given once, as JSON`);
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

/** A calendar day or an ISO date-time that exists (2027-02-30 does not). */
export function isIsoDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return false;
  return (h === undefined || Number(h) < 24) && (mi === undefined || Number(mi) < 60) && (s === undefined || Number(s) < 60);
}

function scalar(key: string, rule: FilterRule, v: unknown): string | number | boolean {
  const field = `filter.${key}`;
  switch (rule.type) {
    case 'uuid':
      if (typeof v === 'string' && UUID.test(v)) return v.toLowerCase();
      throw bad(field, `${key} must be an id (uuid)`);
    case 'enum':
      if (typeof v === 'string' && rule.values.includes(v)) return v;
      throw bad(field, `${key} must be one of: ${rule.values.join(', ')}`);
    case 'int': {
      const n = typeof v === 'string' && /^-?\d{1,10}$/.test(v) ? Number(v) : v;
      if (typeof n === 'number' && Number.isInteger(n) && n >= rule.min && n <= rule.max) return n;
      throw bad(field, `${key} must be a whole number from ${rule.min} to ${rule.max}`);
    }
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      throw bad(field, `${key} must be true or false`);
    case 'date':
      if (typeof v === 'string' && isIsoDate(v)) return v;
      throw bad(field, `${key} must be a date (YYYY-MM-DD or an ISO date-time)`);
    case 'text': {
      const max = rule.max ?? 200;
      if (typeof v === 'string' && v.length <= max) return v;
      throw bad(field, typeof v === 'string' ? `${key} must be at most ${max} characters` : `${key} must be text`);
    }
  }
}

/** Checks every filter value by its rule; '' (a cleared input) means "no filter". */
export function parseFilter(f: unknown, spec: FilterSpec): Record<string, FilterValue> {
  if (typeof f !== 'object' || f === null || Array.isArray(f)) throw bad('filter', 'filter must be a JSON object');
  const keys = Object.keys(spec);
  const out: Record<string, FilterValue> = {};
  for (const [key, value] of Object.entries(f)) {
    const rule = Object.prototype.hasOwnProperty.call(spec, key) ? spec[key] : undefined;
    if (!rule) throw bad('filter', `unknown filter ${key}; use one of ${keys.join(', ')}`);
    if (value === '') continue;
    if (Array.isArray(value)) {
      if (!('many' in rule) || !rule.many) throw bad(`filter.${key}`, `${key} takes one value, not a list`);
      if (value.length === 0) throw bad(`filter.${key}`, `${key} must list at least one value`);
      if (value.length > MAX_MANY) throw bad(`filter.${key}`, `${key} can list at most ${MAX_MANY} values`);
      out[key] = value.map((v) => scalar(key, rule, v)) as string[] | number[];
    } else {
      out[key] = scalar(key, rule, value);
    }
  }
  return out;
}

export function parseListQuery(
  raw: RawListQuery,
  opts: { sortable: readonly string[]; filters: FilterSpec; defaultSort: ListQuery['sort'] },
): ListQuery {
  let sort = opts.defaultSort;
  if (raw.sort !== undefined) {
    const s = parseJson('sort', raw.sort);
    if (!Array.isArray(s) || s.length !== 2 || typeof s[0] !== 'string' || typeof s[1] !== 'string') {
      throw bad('sort', 'sort must be ["field","ASC"|"DESC"]');
    }
    const order = s[1].toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') throw bad('sort', 'sort order must be ASC or DESC');
    if (!opts.sortable.includes(s[0])) throw bad('sort', `cannot sort by ${s[0]}; use one of ${opts.sortable.join(', ')}`);
    sort = { field: s[0], order };
  }
  let skip = 0;
  let take = 25;
  if (raw.range !== undefined) {
    const r = parseJson('range', raw.range);
    if (!Array.isArray(r) || r.length !== 2 || !r.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_OFFSET) || r[1] < r[0]) {
      throw bad('range', `range must be [start,end] with 0 <= start <= end <= ${MAX_OFFSET}`);
    }
    skip = r[0];
    take = Math.min(r[1] - r[0] + 1, MAX_PAGE);
  }
  const filter = raw.filter !== undefined ? parseFilter(parseJson('filter', raw.filter), opts.filters) : {};
  return { sort, skip, take, filter };
}

/** `column = :key`, or `column IN (:...key)` for a list; values were checked by parseFilter. */
export function whereValue<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  key: string,
  value: FilterValue,
): SelectQueryBuilder<T> {
  const param = `f_${key}`;
  return Array.isArray(value)
    ? qb.andWhere(`${column} IN (:...${param})`, { [param]: value })
    : qb.andWhere(`${column} = :${param}`, { [param]: value });
}

/** Sets the Content-Range header react-admin reads the total from. */
export function contentRange(resource: string, skip: number, count: number, total: number): string {
  const end = count === 0 ? skip : skip + count - 1;
  return `${resource} ${skip}-${end}/${total}`;
}
