/**
 * What a CSO member sees of a program's page (issue 12): the read model and the live state with
 * everything internal taken out. Allow-lists, not deny-lists: a field or task type added later
 * stays hidden from CSO members until someone decides it is theirs to see.
 */

/** Task types whose data is the CSO's own work or written for the CSO. */
const TASK_DATA_FOR_CSO = new Set([
  'self_assessment',
  'improvement_plan',
  'needs_assessment',
  'curriculum',
  'training',
  'issue_workshop',
  'plan_drafting',
  'plan_review',
  'presentation',
]);

/** The gender report's data only after it was shared with the organisation for that year. */
const SHARED_TASK_DATA: Record<string, string> = { gender_report: 'gender_report' };

const PROGRAM_FIELDS = [
  'id',
  'type',
  'organizationId',
  'organizationName',
  'mentorId',
  'mentorName',
  'status',
  'stage',
  'year',
  'years',
  'startDate',
  'openTaskCount',
  'overdueTaskCount',
  'visitCount',
  'lastContactAt',
  'planDone',
  'planTotal',
  'yearResults',
  'comparison',
  'template',
  'createdAt',
  'updatedAt',
  'config',
  'planVersions',
  'language',
] as const;

const LIVE_FIELDS = [
  'programId',
  'organizationId',
  'mentorId',
  'status',
  'stage',
  'year',
  'years',
  'startDate',
  'yearStartedAt',
  'yearEndsAt',
  'pausedAt',
  'planItems',
  'visitCount',
  'lastContactAt',
  'yearResults',
  'comparison',
  'upcoming',
  'needs',
  'planVersions',
  'finalPlanVersion',
  'planLockedAt',
  'implementationEndsAt',
  'checkins',
  'outcome',
  'planDrafterId',
] as const;

const TASK_FIELDS = ['id', 'type', 'year', 'assigneeId', 'status', 'openedAt', 'dueAt', 'overdue', 'completedAt', 'completedBy'] as const;

type Obj = Record<string, unknown>;
const pick = (o: Obj, keys: readonly string[]): Obj => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

export interface Share {
  document: string;
  year: number;
}

function taskForCso(t: Obj, shares: Share[]): Obj {
  const out = pick(t, TASK_FIELDS);
  const shared = SHARED_TASK_DATA[t.type as string];
  const visible = TASK_DATA_FOR_CSO.has(t.type as string) || (!!shared && shares.some((s) => s.document === shared && s.year === t.year));
  out.data = visible ? (t.data ?? null) : null;
  return out;
}

export function programForCsoMember(detail: Obj, shares: Share[]): Obj {
  const out = pick(detail, PROGRAM_FIELDS);
  const details = (detail.details ?? {}) as Obj;
  out.details = pick(details, [
    'planVersions',
    'latestPlanVersion',
    'finalPlanVersion',
    'planLockedAt',
    'implementationEndsAt',
    'checkins',
    'outcome',
  ]);
  const live = detail.live as Obj | null;
  if (live) {
    const l = pick(live, LIVE_FIELDS);
    l.tasks = ((live.tasks ?? []) as Obj[]).map((t) => taskForCso(t, shares));
    out.live = l;
  } else out.live = null;
  out.shares = shares;
  return out;
}
