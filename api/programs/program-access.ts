import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';

/**
 * Who sees which programs: admins and program managers all; mentors the programs they mentor;
 * gender experts the programs they are the gender expert of. `alias` is the programs alias.
 */
export function scopePrograms<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, alias = 'p'): SelectQueryBuilder<T> {
  if (user.role === 'mentor') qb.andWhere(`${alias}.mentor_id = :scopeUser`, { scopeUser: user.id });
  if (user.role === 'gender_expert') qb.andWhere(`${alias}.gender_expert_id = :scopeUser`, { scopeUser: user.id });
  return qb;
}

export function canSeeProgram(user: AuthUser, p: { mentorId: string; genderExpertId: string | null }): boolean {
  if (user.role === 'admin' || user.role === 'program_manager') return true;
  if (user.role === 'mentor') return p.mentorId === user.id;
  return p.genderExpertId === user.id;
}

/**
 * Whether someone may add a record of a kind to a program of a designed type: their role is among
 * the kind's `addedBy`, and a mentor or gender expert must be the program's own (a program
 * manager's record any program manager or admin may add).
 */
export function canAddRecord(user: AuthUser, p: { mentorId: string; genderExpertId: string | null }, addedBy: readonly string[]): boolean {
  if (user.role === 'admin' || user.role === 'program_manager') return addedBy.includes('program_manager');
  if (!addedBy.includes(user.role)) return false;
  return canSeeProgram(user, p);
}
