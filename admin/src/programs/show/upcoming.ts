/**
 * What comes next for a program, soonest first. Programs started on the new workflow core
 * report it in their live state (`upcoming`); for the others it is worked out from what the
 * state query has always returned: open tasks' due dates, the year's end, the end of
 * implementation support and the check-in cadence.
 */
export type UpcomingKind =
  'task_due' | 'mid_year_review' | 'no_contact_reminder' | 'year_end' | 'checkin' | 'implementation_end' | 'template_timer';

export interface UpcomingEntry {
  at: string;
  kind: UpcomingKind;
  taskId?: string;
  taskType?: string;
  /** Console only: an open task already past its due date. */
  overdue?: boolean;
}

interface LiveTask {
  id: string;
  type: string;
  status: string;
  dueAt: string;
  overdue?: boolean;
  completedAt?: string | null;
}

/** The fields of both programs' live state this reads (all optional: older workflows lack some). */
export interface LiveForUpcoming {
  upcoming?: UpcomingEntry[];
  stage?: string;
  status?: string;
  tasks?: LiveTask[];
  yearEndsAt?: string | null;
  yearStartedAt?: string;
  lastContactAt?: string | null;
  implementationEndsAt?: string | null;
  planLockedAt?: string | null;
}

export interface ProgramDurations {
  visitCadence?: number;
  checkinCadence?: number;
}

const byDate = (a: UpcomingEntry, b: UpcomingEntry) => Date.parse(a.at) - Date.parse(b.at);

export const upcomingOf = (live: LiveForUpcoming | null | undefined): UpcomingEntry[] => {
  if (!live) return [];
  if (live.status && live.status !== 'active') return [];
  if (Array.isArray(live.upcoming)) {
    const open = new Map((live.tasks ?? []).filter((t) => t.status === 'open').map((t) => [t.id, t]));
    return live.upcoming.map((u) => ({ ...u, overdue: u.taskId ? !!open.get(u.taskId)?.overdue : false })).sort(byDate);
  }
  const entries: UpcomingEntry[] = (live.tasks ?? [])
    .filter((t) => t.status === 'open')
    .map((t) => ({ at: t.dueAt, kind: 'task_due' as const, taskId: t.id, taskType: t.type, overdue: !!t.overdue }));
  if (live.yearEndsAt) entries.push({ at: live.yearEndsAt, kind: 'year_end' });
  if (live.implementationEndsAt && live.stage === 'implementation_support') {
    entries.push({ at: live.implementationEndsAt, kind: 'implementation_end' });
  }
  return entries.sort(byDate);
};

/**
 * The next check-in: reported by the workflow when it does; otherwise an open check-in task,
 * or the last contact plus the configured cadence while the program is being implemented.
 */
export const nextCheckinOf = (
  live: LiveForUpcoming | null | undefined,
  durations: ProgramDurations | undefined,
  upcoming: UpcomingEntry[],
): string | null => {
  const reported = upcoming.find((u) => u.kind === 'checkin');
  if (reported) return reported.at;
  if (!live || (live.status && live.status !== 'active')) return null;
  if (Array.isArray(live.upcoming)) return null;
  const tasks = live.tasks ?? [];
  if (live.stage === 'implementation_support') {
    const open = tasks.find((t) => t.type === 'implementation_checkin' && t.status === 'open');
    if (open) return open.dueAt;
    const cadence = durations?.checkinCadence;
    const last = tasks
      .filter((t) => t.type === 'implementation_checkin' && t.completedAt)
      .map((t) => Date.parse(t.completedAt!))
      .sort((a, b) => b - a)[0];
    const from = last ?? (live.planLockedAt ? Date.parse(live.planLockedAt) : undefined);
    if (!cadence || from === undefined) return null;
    const at = from + cadence;
    if (live.implementationEndsAt && at > Date.parse(live.implementationEndsAt)) return null;
    return new Date(at).toISOString();
  }
  if (live.stage === 'implementation') {
    const cadence = durations?.visitCadence;
    const from = live.lastContactAt ?? live.yearStartedAt;
    if (!cadence || !from) return null;
    const at = Date.parse(from) + cadence;
    if (live.yearEndsAt && at > Date.parse(live.yearEndsAt)) return null;
    return new Date(at).toISOString();
  }
  return null;
};
