export const ROLES = ['admin', 'program_manager', 'mentor', 'gender_expert'] as const;
export type Role = (typeof ROLES)[number];
