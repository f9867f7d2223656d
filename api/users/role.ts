export const ROLES = ['admin', 'program_manager', 'mentor', 'gender_expert', 'cso_member'] as const;
export type Role = (typeof ROLES)[number];

/** The staff roles (everyone but the CSOs' own members). */
export const STAFF_ROLES = ['admin', 'program_manager', 'mentor', 'gender_expert'] as const satisfies readonly Role[];

/** For exhaustive switches over the role: a role added to ROLES without a case fails to compile. */
export function unknownRole(role: never): never {
  throw new Error(`Unknown role ${String(role)}`);
}
