import type { AuthUser } from '../auth/auth-user';

/**
 * Which organizations a user may see. Admins and program managers see all (null = no limit).
 * Mentors and gender experts see only the CSOs of programs they are assigned to; until programs
 * exist (programs issue) that is none, so they see an empty list rather than everyone's CSOs.
 */
export function visibleOrganizationScope(user: AuthUser): { all: true } | { all: false; ids: string[] } {
  if (user.role === 'admin' || user.role === 'program_manager') return { all: true };
  return { all: false, ids: [] };
}
