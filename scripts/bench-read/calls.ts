/**
 * The read calls the console makes (admin/src: each list's default sort, filter and page size),
 * shared by npm run bench:read and the query-plan test (test/integration/read-side-plans.test.ts).
 */
export type Call = { role: string; name: string; path: string; token: string };

export const list = (resource: string, o: { sort: [string, string]; range: [number, number]; filter?: Record<string, unknown> }) =>
  `/api/${resource}?sort=${encodeURIComponent(JSON.stringify(o.sort))}&range=${encodeURIComponent(JSON.stringify(o.range))}&filter=${encodeURIComponent(JSON.stringify(o.filter ?? {}))}`;
/** react-admin's range for page `page` (1-based) of `per` rows. */
const page = (p: number, per: number): [number, number] => [(p - 1) * per, p * per - 1];

/** Every list, search, dashboard and report the console asks for, with its default filters, sorts and page size. */
export function calls(pm: string, mentor: { token: string; id: string }, ge: { token: string; id: string }): Call[] {
  const c = (role: string, token: string, name: string, path: string): Call => ({ role, token, name, path });
  const m = mentor.token;
  const g = ge.token;
  /** A mentor's or gender expert's own screens: the dashboard, their programs and their open tasks. */
  const ownScreens = (role: string, token: string, userId: string) => [
    c(role, token, 'dashboard', '/api/dashboard'),
    c(
      role,
      token,
      'my programs',
      list('programs', { sort: ['overdueTaskCount', 'DESC'], range: page(1, 25), filter: { status: 'not_withdrawn' } }),
    ),
    c(
      role,
      token,
      'my tasks (open)',
      list('tasks', { sort: ['dueAt', 'ASC'], range: page(1, 25), filter: { status: 'open', assigneeId: userId } }),
    ),
  ];
  /** The notifications menu: its list and, with `unread`, the badge's unread count. */
  const notifications = (role: string, token: string, unread: boolean) => [
    c(role, token, 'notifications (own)', list('notifications', { sort: ['createdAt', 'DESC'], range: page(1, 25) })),
    ...(unread
      ? [
          c(
            role,
            token,
            'notifications, unread count',
            list('notifications', { sort: ['createdAt', 'DESC'], range: page(1, 1), filter: { unread: true } }),
          ),
        ]
      : []),
  ];
  /** The program manager's program list: not withdrawn, most overdue first, 25 a page, unless told otherwise. */
  const programs = (name: string, o: { sort?: [string, string]; filter?: Record<string, unknown>; page?: number } = {}) =>
    c(
      'pm',
      pm,
      `programs, ${name}`,
      list('programs', {
        sort: o.sort ?? ['overdueTaskCount', 'DESC'],
        range: page(o.page ?? 1, 25),
        filter: { status: 'not_withdrawn', ...o.filter },
      }),
    );
  /** The program manager's organisation list: by name, 25 a page. */
  const organisations = (name: string, filter?: Record<string, unknown>, p = 1) =>
    c('pm', pm, `organisations, ${name}`, list('organizations', { sort: ['name', 'ASC'], range: page(p, 25), filter }));
  return [
    c('floor', pm, 'GET /auth/me', '/api/auth/me'),
    c('pm', pm, 'dashboard', '/api/dashboard'),
    programs('default (not withdrawn, most overdue first)'),
    programs('institutional in implementation', { filter: { type: 'institutional', stage: 'implementation' } }),
    programs('by organisation name', { sort: ['organizationName', 'ASC'] }),
    programs('by last contact', { sort: ['lastContactAt', 'ASC'] }),
    programs('search "umut"', { filter: { q: 'umut' } }),
    programs('page 400', { page: 400 }),
    c(
      'pm',
      pm,
      'tasks, default (open, by due date)',
      list('tasks', { sort: ['dueAt', 'ASC'], range: page(1, 25), filter: { status: 'open' } }),
    ),
    c('pm', pm, 'tasks, overdue', list('tasks', { sort: ['dueAt', 'ASC'], range: page(1, 25), filter: { status: 'open', overdue: true } })),
    c('pm', pm, 'tasks, open, page 400', list('tasks', { sort: ['dueAt', 'ASC'], range: page(400, 25), filter: { status: 'open' } })),
    c('pm', pm, 'tasks, all, page 400', list('tasks', { sort: ['dueAt', 'ASC'], range: page(400, 25) })),
    organisations('default (by name)'),
    organisations('search "gençlik vak"', { q: 'gençlik vak' }),
    organisations('search "1234"', { q: '1234' }),
    organisations('page 400', undefined, 400),
    c('pm', pm, 'users (by name)', list('users', { sort: ['fullName', 'ASC'], range: page(1, 25) })),
    c(
      'pm',
      pm,
      'users, mentors (pickers)',
      list('users', { sort: ['fullName', 'ASC'], range: page(1, 200), filter: { role: 'mentor', isActive: true } }),
    ),
    c('pm', pm, 'events (by date)', list('events', { sort: ['date', 'DESC'], range: page(1, 25) })),
    c('pm', pm, 'audit, default (newest first)', list('audit', { sort: ['at', 'DESC'], range: page(1, 50) })),
    c(
      'pm',
      pm,
      'audit, workflow.signal actions',
      list('audit', { sort: ['at', 'DESC'], range: page(1, 50), filter: { action: 'workflow.signal' } }),
    ),
    c('pm', pm, 'audit, page 400', list('audit', { sort: ['at', 'DESC'], range: page(400, 50) })),
    c('pm', pm, 'report, institutional year 1', '/api/reports/institutional?year=1'),
    c('pm', pm, 'report, advocacy', '/api/reports/advocacy'),
    ...notifications('pm', pm, true),
    ...ownScreens('mentor', m, mentor.id),
    c('mentor', m, 'my organisations', list('organizations', { sort: ['name', 'ASC'], range: page(1, 25) })),
    c(
      'mentor',
      m,
      'visits (mine, newest first)',
      list('visits', { sort: ['date', 'DESC'], range: page(1, 25), filter: { mentorId: mentor.id } }),
    ),
    ...notifications('mentor', m, true),
    ...ownScreens('gender', g, ge.id),
    ...notifications('gender', g, false),
  ];
}

/** The program page's panels, for one program: they filter by programId. */
export function programCalls(pm: string, programId: string): Call[] {
  return [
    {
      role: 'pm',
      token: pm,
      name: 'program page: open tasks',
      path: list('tasks', { sort: ['dueAt', 'ASC'], range: page(1, 20), filter: { programId, status: 'open' } }),
    },
    {
      role: 'pm',
      token: pm,
      name: 'program page: visits',
      path: list('visits', { sort: ['date', 'DESC'], range: page(1, 50), filter: { programId } }),
    },
    {
      role: 'pm',
      token: pm,
      name: 'program page: plan items',
      path: list('improvements', { sort: ['position', 'ASC'], range: page(1, 100), filter: { programId } }),
    },
  ];
}
