/** The program types written in code (the registry's keys; see registry.tsx). Kept apart so small screens can list them without the registry's pages and forms. */
export const BUILT_IN_PROGRAM_TYPES = ['institutional', 'advocacy'] as const;
export type BuiltInProgramType = (typeof BUILT_IN_PROGRAM_TYPES)[number];

export const isBuiltInProgramType = (type: unknown): type is BuiltInProgramType =>
  typeof type === 'string' && (BUILT_IN_PROGRAM_TYPES as readonly string[]).includes(type);
