/**
 * Roles and what each may do in the console. The API enforces the same rules (403);
 * this copy only decides which menu entries and buttons to show.
 */
export const ROLES = ['admin', 'program_manager', 'mentor', 'gender_expert', 'cso_member'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

const READ: Action[] = ['list', 'show', 'export'];
const MANAGE: Action[] = [...READ, 'create', 'edit', 'delete'];

/** resource -> role -> allowed react-admin actions. Anything not listed is denied. */
const PERMISSIONS: Record<string, Partial<Record<Role, Action[]>>> = {
  // Institutional programs: managers start them; mentors and gender experts follow theirs
  // ("My programs"). There is no edit: a program moves by tasks and control signals.
  programs: {
    admin: [...READ, 'create'],
    program_manager: [...READ, 'create'],
    mentor: READ,
    gender_expert: READ,
    // Their own organisation's programs, shown by the CSO view (cso/), not the list.
    cso_member: ['show'],
  },
  // The task inbox. Everyone reads; only the assignee can complete (the API answers 403).
  tasks: {
    admin: READ,
    program_manager: READ,
    mentor: READ,
    gender_expert: READ,
    // Invited CSO members (issue 12): the tasks assigned to them (grading, plan drafting).
    cso_member: ['list', 'show'],
  },
  organizations: {
    admin: MANAGE,
    program_manager: MANAGE,
    // Mentors and gender experts only see their assigned CSOs, read-only.
    mentor: READ,
    gender_expert: READ,
  },
  // Accounts: admins list, create and edit them (role, active, password reset); no deletion,
  // deactivating keeps the history.
  users: { admin: ['list', 'create', 'edit'] },
  // Peer-learning meetings and workshops: mentors record them too; deleting is for managers.
  events: {
    admin: MANAGE,
    program_manager: MANAGE,
    mentor: [...READ, 'create', 'edit'],
    gender_expert: READ,
  },
  // The resource library (issue 14): managers publish, everyone browses.
  resources: { admin: MANAGE, program_manager: MANAGE, mentor: READ, gender_expert: READ },
  needs: { admin: ['list'], program_manager: ['list'], mentor: ['list'] },
  audit: { admin: READ, program_manager: READ },
  // Everyone's own notifications (the full page behind the bell).
  notifications: { admin: ['list'], program_manager: ['list'], mentor: ['list'], gender_expert: ['list'] },
  // Pages, not resources: "list" means the menu shows them.
  reports: { admin: ['list'], program_manager: ['list'] },
  configuration: { admin: ['list', 'edit'] },
  // Program types designed in the console (issue 10): admins design and publish, managers read.
  'program-types': { admin: [...READ, 'create', 'edit'], program_manager: READ },
};

export const isAllowed = (role: Role | undefined, resource: string | undefined, action: string): boolean => {
  if (!role || !resource) return false;
  const allowed = PERMISSIONS[resource]?.[role] ?? [];
  return (allowed as string[]).includes(action);
};

// Everyone lands on the role's dashboard (layout/Menu.tsx puts it first): for mentors and gender
// experts it opens with their due tasks, and "My tasks" comes next; managers go on to programs.
// Their task list stays reachable from the dashboard's overdue tasks.
const MENU_ORDER: Record<Role, string[]> = {
  admin: ['programs', 'organizations', 'events', 'resources', 'reports', 'needs', 'audit', 'configuration', 'program-types', 'users'],
  program_manager: [
    'programs',
    'organizations',
    'events',
    'resources',
    'reports',
    'needs',
    'audit',
    'configuration',
    'program-types',
    'users',
  ],
  mentor: ['tasks', 'programs', 'organizations', 'events', 'resources', 'needs'],
  gender_expert: ['tasks', 'programs', 'organizations', 'events', 'resources'],
  // The CSO view (cso/CsoHome) is their dashboard; nothing else is theirs to browse.
  cso_member: ['tasks'],
};

/** Resources shown in the menu, in order, for a role. */
export const menuResourcesFor = (role: Role | undefined): string[] =>
  role ? MENU_ORDER[role].filter((resource) => isAllowed(role, resource, 'list')) : [];

/** Mentors and gender experts see only their own tasks and programs ("My tasks"). */
export const worksOnOwnPortfolio = (role: Role | undefined): boolean =>
  role === 'mentor' || role === 'gender_expert' || role === 'cso_member';

/** An invited member of one organisation (issue 12): the CSO view instead of the dashboards. */
export const isCsoMember = (role: Role | undefined): boolean => role === 'cso_member';

/** Pause, resume, withdraw, reassign, close year: program managers and admins. */
export const canControlPrograms = (role: Role | undefined): boolean => role === 'admin' || role === 'program_manager';

/**
 * Logging visits and moving plan items: the program's mentor, program managers, admins.
 * `isProgramMentor` is whether the signed-in user is this program's mentor.
 */
export const canWorkOnPlan = (role: Role | undefined, isProgramMentor: boolean): boolean =>
  canControlPrograms(role) || (role === 'mentor' && isProgramMentor);
