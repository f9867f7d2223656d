import { describe, expect, it } from 'vitest';
import { FactTracker } from '../../workflows/programs/fact-tracker';
import type { PlanItemRow, ProgramColumns, TaskRow } from '../../workflows/programs/facts';

const task = (id: string, over: Partial<TaskRow> = {}): TaskRow => ({
  id,
  type: 'self_assessment',
  year: 1,
  assigneeId: 'mentor-1',
  status: 'open',
  openedAt: '2027-01-01T00:00:00.000Z',
  dueAt: '2027-01-31T00:00:00.000Z',
  overdue: false,
  completedAt: null,
  completedBy: null,
  cancelledReason: null,
  data: null,
  ...over,
});
const item = (id: string, status = 'planned'): PlanItemRow => ({
  id,
  year: 1,
  position: 0,
  element: 'governance',
  studyType: 'strategic_planning',
  title: 'Plan',
  priority: 'high',
  targetDate: '2027-06-30',
  principles: [],
  genderMarker: 0,
  status,
  reason: null,
  updatedAt: '2027-01-01T00:00:00.000Z',
});

function world() {
  const state = {
    columns: { status: 'active', stage: 'self_assessment', visitCount: 0 } as ProgramColumns,
    tasks: [task('t1')],
    items: [] as PlanItemRow[],
  };
  const tracker = new FactTracker({ columns: () => state.columns, tasks: () => state.tasks, planItems: () => state.items });
  return { state, tracker };
}

describe('FactTracker', () => {
  it('starts with everything, then sends only what changed', () => {
    const { state, tracker } = world();
    expect(tracker.full().map((f) => f.kind)).toEqual(['program', 'task_opened']);
    expect(tracker.delta()).toEqual([]);
    state.columns = { ...state.columns, visitCount: 1 };
    expect(tracker.delta()).toEqual([{ kind: 'program', set: { visitCount: 1 } }]);
  });

  it('names what happened to a task', () => {
    const { state, tracker } = world();
    tracker.full();
    state.tasks = [task('t1', { assigneeId: 'mentor-2' })];
    expect(tracker.delta().map((f) => f.kind)).toEqual(['task_reassigned']);
    state.tasks = [task('t1', { assigneeId: 'mentor-2', overdue: true })];
    expect(tracker.delta().map((f) => f.kind)).toEqual(['task_changed']);
    state.tasks = [
      task('t1', { assigneeId: 'mentor-2', overdue: true, status: 'completed', completedAt: '2027-01-05T00:00:00.000Z' }),
      task('t2', { type: 'gender_report' }),
    ];
    expect(tracker.delta().map((f) => f.kind)).toEqual(['task_completed', 'task_opened']);
    state.tasks = [state.tasks[0], task('t2', { type: 'gender_report', status: 'cancelled', cancelledReason: 'program withdrawn' })];
    expect(tracker.delta().map((f) => f.kind)).toEqual(['task_cancelled']);
  });

  it('sends a plan item when its status changes, and nothing for untouched ones', () => {
    const { state, tracker } = world();
    state.items = [item('i1'), item('i2')];
    tracker.full();
    state.items = [item('i1', 'done'), item('i2')];
    const facts = tracker.delta();
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: 'plan_item', item: { id: 'i1', status: 'done' } });
  });

  it('full() forgets what was sent (a new run, a repair)', () => {
    const { tracker } = world();
    tracker.full();
    expect(tracker.full()).toHaveLength(2);
  });
});
