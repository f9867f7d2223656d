/**
 * What a CSO member sees of a program's page (issue 12): the read model and the live state with
 * everything internal taken out. Allow-lists, not deny-lists: a field or task type added later
 * stays hidden from CSO members until someone decides it is theirs to see.
 */
import type { AdvocacyTaskType } from '../../workflows/advocacy/model';
import type { InstitutionalTaskType } from '../../workflows/institutional/model';

/**
 * Whether a CSO member sees a task's data: its own work or what was written for it (`always`),
 * staff's own assessments and notes (`never`), or only after staff shared that year's document of the same
 * name with the organisation (`once_shared`: the gender report). Keyed by the workflows' task
 * types, so a task type added later does not compile until someone decides; designed types'
 * tasks are not listed and stay hidden.
 */
const TASK_DATA_FOR_CSO: Record<InstitutionalTaskType | AdvocacyTaskType, 'always' | 'never' | 'once_shared'> = {
  self_assessment: 'always',
  gender_report: 'once_shared',
  improvement_plan: 'always',
  gender_plan_review: 'never',
  re_evaluation: 'never',
  needs_assessment: 'always',
  curriculum: 'always',
  training: 'always',
  issue_workshop: 'always',
  plan_drafting: 'always',
  plan_review: 'always',
  presentation: 'always',
  implementation_checkin: 'never',
};

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
  const rule = TASK_DATA_FOR_CSO[t.type as keyof typeof TASK_DATA_FOR_CSO] as string | undefined;
  const visible = rule === 'always' || (rule === 'once_shared' && shares.some((s) => s.document === t.type && s.year === t.year));
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
