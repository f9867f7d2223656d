import { ForbiddenException } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { unknownRole } from '../users/role';

/** Matches no row: what an unknown role (or a CSO member without an organisation) sees. */
export const NOTHING = '1 = 0';

/**
 * Which programs a person sees, as the one column of programs that must hold their id (or all,
 * or none): admins and program managers all; mentors the programs they mentor; gender experts
 * those they are the gender expert of; CSO members their organisation's. Exhaustive over the
 * roles (deny by default): a new role fails to compile until it has a case.
 */
type Portfolio =
  | { all: true }
  | { none: true }
  | { column: 'mentor_id' | 'gender_expert_id' | 'organization_id'; field: 'mentorId' | 'genderExpertId' | 'organizationId'; id: string };

export function portfolioOf(user: AuthUser): Portfolio {
  const role = user.role;
  switch (role) {
    case 'admin':
    case 'program_manager':
      return { all: true };
    case 'mentor':
      return { column: 'mentor_id', field: 'mentorId', id: user.id };
    case 'gender_expert':
      return { column: 'gender_expert_id', field: 'genderExpertId', id: user.id };
    case 'cso_member':
      return user.organizationId ? { column: 'organization_id', field: 'organizationId', id: user.organizationId } : { none: true };
    default:
      return unknownRole(role);
  }
}

/** Limits a query to the programs the user sees (portfolioOf); `alias` is the programs alias. */
export function scopePrograms<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, alias = 'p'): SelectQueryBuilder<T> {
  const seen = portfolioOf(user);
  if ('all' in seen) return qb;
  if ('none' in seen) return qb.andWhere(NOTHING);
  return qb.andWhere(`${alias}.${seen.column} = :scopeId`, { scopeId: seen.id });
}

export function canSeeProgram(user: AuthUser, p: { mentorId: string; genderExpertId: string | null; organizationId?: string }): boolean {
  const seen = portfolioOf(user);
  if ('all' in seen) return true;
  if ('none' in seen) return false;
  return p[seen.field] === seen.id;
}

/** Staff who work on the program (its mentor, a program manager or an admin): they share, invite and review. */
export function runsProgram(user: AuthUser, p: { mentorId: string }): boolean {
  return user.role === 'admin' || user.role === 'program_manager' || (user.role === 'mentor' && p.mentorId === user.id);
}

/** 403 unless `user` runs the program (runsProgram), saying who may do `what`. */
export function assertRunsProgram(user: AuthUser, p: { mentorId: string }, what: string): void {
  if (!runsProgram(user, p)) throw new ForbiddenException(`Only the program's mentor, a program manager or an admin ${what}`);
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
