import { ROLES } from '../auth/roles';

// Choice names are translation keys: SelectInput translates them.
export const roleChoices = ROLES.map((role) => ({ id: role, name: `mentorflow.roles.${role}` }));
