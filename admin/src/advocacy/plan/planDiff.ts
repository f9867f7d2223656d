import { PLAN_LISTS, type AdvocacyPlan, type PlanList } from '../domain';

export type Mark = 'added' | 'removed' | 'changed' | null;

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const activityKey = (a: AdvocacyPlan['activities'][number]) => `${norm(a.title)}|${a.start}|${a.end}`;

/**
 * How one side of a comparison differs from the other: on the old side, entries missing
 * from the new version are "removed"; on the new side, entries missing from the old one
 * are "added". The goal is "changed" on both sides.
 */
export interface PlanMarks {
  goal: Mark;
  lists: Record<PlanList, Mark[]>;
  activities: Mark[];
}

export const planMarks = (plan: AdvocacyPlan, other: AdvocacyPlan | undefined, side: 'old' | 'new'): PlanMarks | null => {
  if (!other) return null;
  const missing: Mark = side === 'old' ? 'removed' : 'added';
  const lists = Object.fromEntries(
    PLAN_LISTS.map((list) => {
      const others = new Set((other[list] ?? []).map(norm));
      return [list, (plan[list] ?? []).map((item) => (others.has(norm(item)) ? null : missing))];
    }),
  ) as Record<PlanList, Mark[]>;
  const otherActivities = new Set((other.activities ?? []).map(activityKey));
  return {
    goal: norm(plan.goal ?? '') === norm(other.goal ?? '') ? null : 'changed',
    lists,
    activities: (plan.activities ?? []).map((a) => (otherActivities.has(activityKey(a)) ? null : missing)),
  };
};

/** Entries added, removed or changed between two versions (0 when they are the same plan). */
export const countChanges = (previous: AdvocacyPlan, next: AdvocacyPlan): number => {
  const before = planMarks(previous, next, 'old');
  const after = planMarks(next, previous, 'new');
  if (!before || !after) return 0;
  const marked = (marks: PlanMarks) => Object.values(marks.lists).flat().filter(Boolean).length + marks.activities.filter(Boolean).length;
  return (after.goal ? 1 : 0) + marked(before) + marked(after);
};
