import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { NOTHING, portfolioOf } from '../programs/program-access';

/**
 * Which organizations a user may see: admins and program managers all of them; mentors and
 * gender experts only the CSOs of programs they are assigned to (never another mentor's CSOs);
 * a CSO member only their own (portfolioOf: exhaustive over the roles).
 * `alias` is the organizations alias in the query.
 */
export function scopeOrganizations<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, alias = 'o'): SelectQueryBuilder<T> {
  const seen = portfolioOf(user);
  if ('all' in seen) return qb;
  if ('none' in seen) return qb.andWhere(NOTHING);
  if (seen.column === 'organization_id') return qb.andWhere(`${alias}.id = :orgScopeOrg`, { orgScopeOrg: seen.id });
  // An array of the portfolio's ids (index on programs), then those organisations by primary key.
  return qb.andWhere(`${alias}.id = ANY(ARRAY(SELECT organization_id FROM programs WHERE ${seen.column} = :orgScopeUser))`, {
    orgScopeUser: seen.id,
  });
}
