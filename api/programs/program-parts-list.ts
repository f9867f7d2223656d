import type { Response } from 'express';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { parseListQuery, whereValue, type FilterSpec, type ListQuery, type RawListQuery } from '../common/list-query';
import { pageOf, setListHeaders } from '../common/paged-list';
import { scopePrograms } from './program-access';
import type { ProgramPart } from './program-part.entity';

/** A list's sortable fields, filters and order when none is asked for. */
export interface PartsList {
  sortable: readonly string[];
  filters: FilterSpec;
  defaultSort: ListQuery['sort'];
}

/**
 * One page of what hangs off programs (visits, plan items) as a react-admin list of its table,
 * with the list's headers set on `res`: the rows of the viewer's programs (joined as p, their
 * organisation as o), filtered and ordered by the list's fields (the entity's columns), ties by id.
 */
export async function programPartsPage<T extends ProgramPart>(
  repo: Repository<T>,
  list: PartsList,
  raw: RawListQuery,
  user: AuthUser,
  res: Response,
): Promise<T[]> {
  const q = parseListQuery(raw, list);
  const table = repo.metadata.tableName;
  const col = (field: string) => `${table}.${repo.metadata.findColumnWithPropertyName(field)?.databaseName ?? field}`;
  // Left joins: program_id is a NOT NULL foreign key (the same rows), and a page's id query leaves them out unless scoped.
  const qb = repo.createQueryBuilder(table).leftJoinAndSelect(`${table}.program`, 'p').leftJoinAndSelect('p.organization', 'o');
  scopePrograms(qb, user);
  for (const [key, value] of Object.entries(q.filter)) whereValue(qb, col(key), key, value);
  qb.orderBy(col(q.sort.field), q.sort.order).addOrderBy(`${table}.id`);
  const page = await pageOf(qb, `${table}.id`, q.skip, q.take);
  setListHeaders(res, table, q.skip, page);
  return page.rows;
}
