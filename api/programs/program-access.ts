import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { unknownRole } from '../users/role';

/** Matches no row: what an unknown role (or a CSO member without an organisation) sees. */
export const NOTHING = '1 = 0';

/**
 * Who sees which programs: admins and program managers all; mentors the programs they mentor;
 * gender experts the programs they are the gender expert of; CSO members their organisation's.
 * Exhaustive over the roles (deny by default): a new role fails to compile until it has a case.
 * `alias` is the programs alias.
 */
export function scopePrograms<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, alias = 'p'): SelectQueryBuilder<T> {
  const role = user.role;
  switch (role) {
    case 'admin':
    case 'program_manager':
      return qb;
    case 'mentor':
      return qb.andWhere(`${alias}.mentor_id = :scopeUser`, { scopeUser: user.id });
    case 'gender_expert':
      return qb.andWhere(`${alias}.gender_expert_id = :scopeUser`, { scopeUser: user.id });
    case 'cso_member':
      return user.organizationId
        ? qb.andWhere(`${alias}.organization_id = :scopeOrg`, { scopeOrg: user.organizationId })
        : qb.andWhere(NOTHING);
    default:
      unknownRole(role);
  }
}

export function canSeeProgram(user: AuthUser, p: { mentorId: string; genderExpertId: string | null; organizationId?: string }): boolean {
  const role = user.role;
  switch (role) {
    case 'admin':
    case 'program_manager':
      return true;
    case 'mentor':
      return p.mentorId === user.id;
    case 'gender_expert':
      return p.genderExpertId === user.id;
    case 'cso_member':
      return !!user.organizationId && p.organizationId === user.organizationId;
    default:
      return unknownRole(role);
  }
}

/** Staff who work on the program (its mentor, a program manager or an admin): they share, invite and review. */
export function runsProgram(user: AuthUser, p: { mentorId: string }): boolean {
  return user.role === 'admin' || user.role === 'program_manager' || (user.role === 'mentor' && p.mentorId === user.id);
}

/**
 * Whether someone may add a record of a kind to a program of a designed type: their role is among
 * the kind's `addedBy`, and a mentor or gender expert must be the program's own (a program
 * manager's record any program manager or admin may add). CSO members add none.
 */
export function canAddRecord(user: AuthUser, p: { mentorId: string; genderExpertId: string | null }, addedBy: readonly string[]): boolean {
  const role = user.role;
  switch (role) {
    case 'admin':
    case 'program_manager':
      return addedBy.includes('program_manager');
    case 'mentor':
    case 'gender_expert':
      return addedBy.includes(role) && canSeeProgram(user, p);
    case 'cso_member':
      return false;
    default:
      return unknownRole(role);
  }
}
