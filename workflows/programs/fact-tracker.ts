/**
 * Derives an action's facts by comparing the program's projected view with what was last sent.
 * It keeps one short signature per task and plan item (not a copy of the state), so the cost of
 * an action stays proportional to what it touched plus one pass over the year's tasks and items.
 * Pure and deterministic: safe inside workflows, unit-tested outside them.
 */
import type { Fact, PlanItemRow, ProgramColumns, TaskFactKind, TaskRow } from './facts';
import { openTasks, type ControlledBook } from './task-book';

export interface ProjectedView {
  columns(): ProgramColumns;
  tasks(): readonly TaskRow[];
  planItems(): readonly PlanItemRow[];
}

/**
 * A program's projected view: the columns every program has (status, stage, counts of its open
 * and overdue tasks...), its own columns, its tasks, and its plan items if it has any.
 */
export function bookView(
  s: ControlledBook & { mentorId: string },
  own: () => ProgramColumns,
  planItems: () => readonly PlanItemRow[] = () => [],
): ProjectedView {
  return {
    columns: () => {
      const open = openTasks(s);
      const counts = { openTaskCount: open.length, overdueTaskCount: open.filter((t) => t.overdue).length };
      return {
        status: s.status,
        stage: s.stage,
        year: s.year,
        mentorId: s.mentorId,
        ...counts,
        withdrawnReason: s.withdrawnReason,
        ...own(),
      };
    },
    tasks: () => s.tasks as TaskRow[],
    planItems,
  };
}

const sign = (v: unknown) => JSON.stringify(v) ?? 'undefined';

function taskKind(before: TaskRow | undefined, now: TaskRow): TaskFactKind {
  if (!before) return 'task_opened';
  if (before.status === 'open' && now.status === 'completed') return 'task_completed';
  if (before.status === 'open' && now.status === 'cancelled') return 'task_cancelled';
  if (before.assigneeId !== now.assigneeId) return 'task_reassigned';
  return 'task_changed';
}

export class FactTracker {
  private tasks = new Map<string, { sig: string; status: TaskRow['status']; assigneeId: string }>();
  private items = new Map<string, string>();
  private columns: Record<string, string> = {};

  constructor(private readonly view: ProjectedView) {}

  /** Every fact of the current view, as if nothing had been projected (start, continue-as-new). */
  full(): Fact[] {
    this.tasks.clear();
    this.items.clear();
    this.columns = {};
    return this.delta();
  }

  /** The facts that changed since the last call; remembers the new view. */
  delta(): Fact[] {
    const facts: Fact[] = [];
    const set: ProgramColumns = {};
    for (const [key, value] of Object.entries(this.view.columns())) {
      const sig = sign(value);
      if (this.columns[key] === sig) continue;
      this.columns[key] = sig;
      (set as Record<string, unknown>)[key] = value;
    }
    if (Object.keys(set).length) facts.push({ kind: 'program', set });
    for (const task of this.view.tasks()) {
      const sig = sign(task);
      const before = this.tasks.get(task.id);
      if (before?.sig === sig) continue;
      facts.push({ kind: taskKind(before && ({ ...task, status: before.status, assigneeId: before.assigneeId } as TaskRow), task), task });
      this.tasks.set(task.id, { sig, status: task.status, assigneeId: task.assigneeId });
    }
    for (const item of this.view.planItems()) {
      const sig = sign(item);
      if (this.items.get(item.id) === sig) continue;
      this.items.set(item.id, sig);
      facts.push({ kind: 'plan_item', item });
    }
    return facts;
  }
}
