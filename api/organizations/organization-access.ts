import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { NOTHING } from '../programs/program-access';
import { unknownRole } from '../users/role';

/**
 * Which organizations a user may see: admins and program managers all of them; mentors and
 * gender experts only the CSOs of programs they are assigned to (never another mentor's CSOs);
 * a CSO member only their own. Exhaustive over the roles: an unknown role sees nothing.
 * `alias` is the organizations alias in the query.
 */
export function scopeOrganizations<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, alias = 'o'): SelectQueryBuilder<T> {
  const role = user.role;
  switch (role) {
    case 'admin':
    case 'program_manager':
      return qb;
    case 'mentor':
    case 'gender_expert': {
      const column = role === 'mentor' ? 'mentor_id' : 'gender_expert_id';
      // An array of the portfolio's ids (index on programs), then those organisations by primary key.
      return qb.andWhere(`${alias}.id = ANY(ARRAY(SELECT organization_id FROM programs WHERE ${column} = :orgScopeUser))`, {
        orgScopeUser: user.id,
      });
    }
    case 'cso_member':
      return user.organizationId ? qb.andWhere(`${alias}.id = :orgScopeOrg`, { orgScopeOrg: user.organizationId }) : qb.andWhere(NOTHING);
    default:
      return unknownRole(role);
  }
}
