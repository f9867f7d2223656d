/** The people of programs started directly on Temporal, below the api (fixed ids: there is no users table). */
import type { RoleActor } from '../../workflows/programs/contract';

export const ACTORS: { mentor: RoleActor; expert: RoleActor; pm: RoleActor } = {
  mentor: { id: '00000000-0000-4000-8000-00000000000a', email: 'mentor@example.org', role: 'mentor' },
  expert: { id: '00000000-0000-4000-8000-00000000000b', email: 'ge@example.org', role: 'gender_expert' },
  pm: { id: '00000000-0000-4000-8000-00000000000c', email: 'pm@example.org', role: 'program_manager' },
};

/** The organisation and people every such program's input names. */
export const PROGRAM_PEOPLE = {
  organizationId: '00000000-0000-4000-8000-000000000001',
  mentorId: ACTORS.mentor.id,
  genderExpertId: ACTORS.expert.id,
  managerId: ACTORS.pm.id,
};
