import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';

/**
 * Which organizations a user may see: admins and program managers all of them; mentors and
 * gender experts only the CSOs of programs they are assigned to (never another mentor's CSOs).
 * `alias` is the organizations alias in the query.
 */
export function scopeOrganizations<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, alias = 'o'): SelectQueryBuilder<T> {
  if (user.role === 'admin' || user.role === 'program_manager') return qb;
  const column = user.role === 'mentor' ? 'mentor_id' : 'gender_expert_id';
  // An array of the portfolio's ids (index on programs), then those organisations by primary key.
  return qb.andWhere(`${alias}.id = ANY(ARRAY(SELECT organization_id FROM programs WHERE ${column} = :orgScopeUser))`, { orgScopeUser: user.id });
}
