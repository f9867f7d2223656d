/**
 * Roles and what each may do in the console. The API enforces the same rules (403);
 * this copy only decides which menu entries and buttons to show.
 */
export const ROLES = ['admin', 'program_manager', 'mentor', 'gender_expert'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
    typeof value === 'string' && (ROLES as readonly string[]).includes(value);

type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

const READ: Action[] = ['list', 'show', 'export'];
const MANAGE: Action[] = [...READ, 'create', 'edit', 'delete'];

/** resource -> role -> allowed react-admin actions. Anything not listed is denied. */
const PERMISSIONS: Record<string, Partial<Record<Role, Action[]>>> = {
    organizations: {
        admin: MANAGE,
        program_manager: MANAGE,
        // Mentors and gender experts only see their assigned CSOs, read-only.
        mentor: READ,
        gender_expert: READ,
    },
    // The API has no user detail/edit routes yet: admins list and create only.
    users: { admin: ['list', 'create'] },
};

export const isAllowed = (
    role: Role | undefined,
    resource: string | undefined,
    action: string
): boolean => {
    if (!role || !resource) return false;
    const allowed = PERMISSIONS[resource]?.[role] ?? [];
    return (allowed as string[]).includes(action);
};

/** Resources shown in the menu, in order, for a role. */
export const menuResourcesFor = (role: Role | undefined): string[] =>
    Object.keys(PERMISSIONS).filter(resource => isAllowed(role, resource, 'list'));
