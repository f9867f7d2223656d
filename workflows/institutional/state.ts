/**
 * The institutional program as a pure state machine: every function takes the state and "now"
 * and mutates the state. No I/O and no clocks of its own, so it is deterministic inside the
 * workflow and unit-testable outside it.
 */
import type { NotificationInput } from '../programs/contract';
import * as book from '../programs/task-book';
import { iso, ms, type Runtime } from '../programs/task-book';
import { bookView, type ProjectedView } from '../programs/fact-tracker';
import type {
  CarriedState,
  Comparison,
  Grades,
  InstitutionalProgramInput,
  InstitutionalSnapshot,
  PlanItem,
  ProgramTask,
  ResumedInstitutionalState,
  Upcoming,
  YearResult,
} from './contract';
import { ELEMENTS, PRINCIPLES, TASK_ROLE, type InstitutionalTaskType } from './model';
import type {
  GenderReportData,
  ImprovementPlanData,
  PlanItemStatusInput,
  ReEvaluationData,
  SelfAssessmentData,
  TaskData,
} from './task-data';

export type { Runtime } from '../programs/task-book';

export interface ProgramState extends InstitutionalSnapshot {
  /** When the next no-contact reminder is due (implementation only). */
  reminderDueAt: number | null;
  midYearReviewAt: number | null;
  /** Notifications produced by the last transitions, sent by the workflow then cleared. */
  outbox: NotificationInput[];
  yearDone: boolean;
}

const DUE: Record<InstitutionalTaskType, keyof InstitutionalProgramInput['config']['durations']> = {
  self_assessment: 'selfAssessmentDue',
  gender_report: 'genderReportDue',
  improvement_plan: 'improvementPlanDue',
  gender_plan_review: 'genderPlanReviewDue',
  re_evaluation: 'reEvaluationDue',
};

export function initialState(input: InstitutionalProgramInput, workflowId: string, now: number): ProgramState {
  const c = input.carried;
  return {
    ...book.programIds(input, workflowId),
    genderExpertId: input.genderExpertId,
    status: 'active',
    stage: 'self_assessment',
    year: c?.year ?? 1,
    years: input.years,
    startDate: input.startDate,
    yearStartedAt: iso(now),
    yearEndsAt: iso(now + input.config.durations.yearLength),
    pausedAt: null,
    withdrawnReason: null,
    configVersion: input.config.version,
    tasks: [],
    planItems: [],
    visitCount: c?.visitCount ?? 0,
    lastContactAt: c?.lastContactAt ?? null,
    yearResults: c?.yearResults ?? [],
    history: c?.history ?? [],
    comparison: null,
    stateVersion: c?.stateVersion ?? 0,
    reminderDueAt: null,
    midYearReviewAt: null,
    outbox: [],
    yearDone: false,
  };
}

function assigneeFor(s: ProgramState, type: InstitutionalTaskType): string {
  return TASK_ROLE[type] === 'mentor' ? s.mentorId : s.genderExpertId;
}

export function openTask(s: ProgramState, input: InstitutionalProgramInput, type: InstitutionalTaskType, rt: Runtime): ProgramTask {
  return book.addTask(s, type, assigneeFor(s, type), input.config.durations[DUE[type]], rt);
}

export function taskOfYear<T extends TaskData>(s: ProgramState, type: InstitutionalTaskType): T | null {
  const t = s.tasks.find((x) => x.type === type && x.year === s.year && x.status === 'completed');
  return (t?.data as T) ?? null;
}

/** Applies a validated completion and moves the program to its next step. */
export function completeTask(
  s: ProgramState,
  input: InstitutionalProgramInput,
  task: ProgramTask,
  data: TaskData,
  by: string,
  rt: Runtime,
): void {
  book.finishTask(s, task, data, by, rt);
  switch (task.type) {
    case 'self_assessment':
      s.stage = 'gender_report';
      openTask(s, input, 'gender_report', rt);
      break;
    case 'gender_report':
      s.stage = 'improvement_plan';
      openTask(s, input, 'improvement_plan', rt);
      break;
    case 'improvement_plan': {
      const plan = data as ImprovementPlanData;
      plan.items.forEach((item, position) => {
        s.planItems.push({ ...item, id: rt.newId(), year: s.year, position, status: 'planned', reason: null, updatedAt: iso(rt.now) });
      });
      startImplementation(s, input, rt.now);
      break;
    }
    case 'gender_plan_review':
      break;
    case 're_evaluation':
      closeYear(s, rt.now);
      break;
  }
}

function startImplementation(s: ProgramState, input: InstitutionalProgramInput, now: number) {
  s.stage = 'implementation';
  const d = input.config.durations;
  const yearStart = ms(s.yearStartedAt);
  // Never earlier than now: a long planning phase must not open the review in the past.
  s.midYearReviewAt = Math.max(yearStart + d.yearLength / 2, now);
  s.yearEndsAt = iso(Math.max(yearStart + d.yearLength, now));
  const lastContact = s.lastContactAt ? Math.max(ms(s.lastContactAt), now) : now;
  s.reminderDueAt = lastContact + d.noContactReminder;
}

/** The implementation period ends: the re-evaluation opens (year length elapsed or closed early). */
export function endImplementation(s: ProgramState, input: InstitutionalProgramInput, rt: Runtime, by: string | null): void {
  book.cancelOpenTasks(s, 'the year closed before the review was done', (t) => t.type === 'gender_plan_review');
  s.midYearReviewAt = null;
  s.reminderDueAt = null;
  s.yearEndsAt = iso(rt.now);
  s.stage = 're_evaluation';
  book.pushHistory(s, 'implementation', by, rt.now);
  openTask(s, input, 're_evaluation', rt);
}

export function gradesOf(d: SelfAssessmentData | ReEvaluationData | null): Grades | null {
  if (!d) return null;
  const elements = Object.fromEntries(ELEMENTS.map((e) => [e, d.elements[e].grade])) as Grades['elements'];
  return { elements, principles: { ...d.principles } };
}

export function implementationRate(items: PlanItem[]): Pick<YearResult, 'planned' | 'done' | 'dropped' | 'implementationRate'> {
  const done = items.filter((i) => i.status === 'done').length;
  const dropped = items.filter((i) => i.status === 'dropped').length;
  const counted = items.length - dropped;
  return { planned: items.length, done, dropped, implementationRate: counted > 0 ? done / counted : null };
}

function closeYear(s: ProgramState, now: number) {
  const items = s.planItems.filter((i) => i.year === s.year);
  s.yearResults.push({
    year: s.year,
    selfAssessment: gradesOf(taskOfYear<SelfAssessmentData>(s, 'self_assessment')),
    reEvaluation: gradesOf(taskOfYear<ReEvaluationData>(s, 're_evaluation')),
    ...implementationRate(items),
    closedAt: iso(now),
  });
  s.yearDone = true;
}

/** Before = first year's self-assessment; after = the last re-evaluation. */
export function comparison(results: YearResult[]): Comparison {
  const before = results[0]?.selfAssessment ?? null;
  const after = [...results].reverse().find((r) => r.reEvaluation)?.reEvaluation ?? null;
  return {
    elements: Object.fromEntries(
      ELEMENTS.map((e) => [e, { before: before?.elements[e] ?? null, after: after?.elements[e] ?? null }]),
    ) as Comparison['elements'],
    principles: Object.fromEntries(
      PRINCIPLES.map((p) => [p, { before: before?.principles[p] ?? null, after: after?.principles[p] ?? null }]),
    ) as Comparison['principles'],
  };
}

export function complete(s: ProgramState, now: number): void {
  s.status = 'completed';
  s.stage = 'completed';
  s.comparison = comparison(s.yearResults);
  s.yearEndsAt = null;
  book.pushHistory(s, 'completed', null, now);
}

/** Timers that fire while the program is active: overdue tasks, mid-year review, year end, reminders. */
export function tick(s: ProgramState, input: InstitutionalProgramInput, rt: Runtime): boolean {
  if (s.status !== 'active') return false;
  let changed = book.markOverdue(s, rt);
  if (s.stage === 'implementation') {
    if (s.midYearReviewAt !== null && rt.now >= s.midYearReviewAt) {
      s.midYearReviewAt = null;
      openTask(s, input, 'gender_plan_review', rt);
      changed = true;
    }
    if (s.reminderDueAt !== null && rt.now >= s.reminderDueAt) {
      for (const userId of new Set([s.mentorId, s.managerId])) {
        s.outbox.push({
          id: rt.newId(),
          userId,
          type: 'no_contact_reminder',
          message: `No visit or remote support logged since ${s.lastContactAt?.slice(0, 10) ?? 'the plan was made'}`,
          params: { since: s.lastContactAt?.slice(0, 10) ?? null },
          programId: s.programId,
        });
      }
      s.reminderDueAt = rt.now + input.config.durations.noContactReminder;
      changed = true;
    }
    if (s.yearEndsAt && rt.now >= ms(s.yearEndsAt)) {
      endImplementation(s, input, rt, null);
      changed = true;
    }
  }
  return changed;
}

/** The next moment tick() has something to do; null when nothing is scheduled (or paused). */
export function nextWakeAt(s: ProgramState): number | null {
  const implementation = s.stage === 'implementation';
  return book.nextWake(s, implementation ? [s.midYearReviewAt, s.reminderDueAt, s.yearEndsAt ? ms(s.yearEndsAt) : null] : []);
}

export const pause = book.pauseBook;

/** Due dates stop while paused: everything scheduled moves by the time spent paused. */
export function resume(s: ProgramState, by: string, now: number): void {
  const shift = book.resumeBook(s, by, now);
  if (!shift || s.stage !== 'implementation') return;
  if (s.yearEndsAt) s.yearEndsAt = iso(ms(s.yearEndsAt) + shift);
  if (s.midYearReviewAt !== null) s.midYearReviewAt += shift;
  if (s.reminderDueAt !== null) s.reminderDueAt += shift;
}

export function withdraw(s: ProgramState, by: string, reason: string, now: number): void {
  book.withdrawBook(s, by, reason, now);
  s.yearEndsAt = null;
}

/** Open tasks follow the person they belong to. */
export function reassign(s: ProgramState, change: { mentorId?: string; genderExpertId?: string }, by: string, rt: Runtime): void {
  for (const [role, key] of [
    ['mentor', 'mentorId'],
    ['gender_expert', 'genderExpertId'],
  ] as const) {
    const next = change[key];
    if (!next || next === s[key]) continue;
    s[key] = next;
    book.moveOpenTasks(s, (t) => TASK_ROLE[t.type as InstitutionalTaskType] === role, next, rt);
    book.pushHistory(s, `reassigned_${role}`, by, rt.now);
  }
}

/** A plan item's new status, and why (required when dropped). */
export function setPlanItemStatus(s: ProgramState, itemId: string, change: PlanItemStatusInput, now: number): PlanItem {
  const item = s.planItems.find((i) => i.id === itemId)!;
  item.status = change.status;
  item.reason = change.status === 'dropped' ? (change.reason ?? '').trim() : change.reason?.trim() || null;
  item.updatedAt = iso(now);
  return item;
}

export function genderPlanRequired(s: ProgramState): boolean {
  return taskOfYear<GenderReportData>(s, 'gender_report')?.genderPlanRequired ?? false;
}

export function snapshot(s: ProgramState): InstitutionalSnapshot {
  const { reminderDueAt: _r, midYearReviewAt: _m, outbox: _o, yearDone: _y, ...snap } = s;
  return structuredCloneSafe(snap);
}

/** A plain deep copy (workflow sandbox safe). */
function structuredCloneSafe<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

// --- Version 2 (delta-core): restore, carry, schedule and the projected view ---

/** The state a version-2 run starts from: a mid-year hand-over, a new year, or a new program. */
export function startState(input: InstitutionalProgramInput, workflowId: string, now: number): ProgramState {
  if (input.resume) return { ...structuredCloneSafe(input.resume), outbox: [], yearDone: false };
  const s = initialState(input, workflowId, now);
  // A pause in force when the last year ended stays in force.
  if (input.carried?.pausedAt) {
    s.status = 'paused';
    s.pausedAt = input.carried.pausedAt;
  }
  return s;
}

/** What the next year's run needs from this one. */
export function carryToNextYear(s: ProgramState): CarriedState {
  return {
    year: s.year + 1,
    yearResults: s.yearResults,
    history: s.history,
    visitCount: s.visitCount,
    lastContactAt: s.lastContactAt,
    stateVersion: s.stateVersion,
    pausedAt: s.status === 'paused' ? s.pausedAt : null,
  };
}

/** The whole state for a mid-year continue-as-new (nothing is lost, nothing stored twice). */
export function resumeState(s: ProgramState): ResumedInstitutionalState {
  const { outbox: _o, yearDone: _y, upcoming: _u, ...rest } = s;
  return structuredCloneSafe(rest);
}

/**
 * What is scheduled next, soonest first (shown on the program page). The next check-in is the
 * expected contact: the last one (or the year's start) plus the configured visit cadence.
 */
export function upcoming(s: ProgramState, visitCadence: number): Upcoming[] {
  if (s.status !== 'active' && s.status !== 'paused') return [];
  const out: Upcoming[] = book.openTasks(s).map((t) => ({ at: t.dueAt, kind: 'task_due' as const, taskId: t.id, taskType: t.type }));
  if (s.stage === 'implementation') {
    if (s.midYearReviewAt !== null) out.push({ at: iso(s.midYearReviewAt), kind: 'mid_year_review' });
    if (s.reminderDueAt !== null) out.push({ at: iso(s.reminderDueAt), kind: 'no_contact_reminder' });
    if (s.yearEndsAt) out.push({ at: s.yearEndsAt, kind: 'year_end' });
    const checkin = ms(s.lastContactAt ?? s.yearStartedAt) + visitCadence;
    if (!s.yearEndsAt || checkin <= ms(s.yearEndsAt)) out.push({ at: iso(checkin), kind: 'checkin' });
  }
  return out.sort((a, b) => ms(a.at) - ms(b.at));
}

/** The live state the query returns: the snapshot and what comes next. */
export function liveState(s: ProgramState, input: InstitutionalProgramInput): InstitutionalSnapshot {
  return { ...snapshot(s), upcoming: upcoming(s, input.config.durations.visitCadence) };
}

/** The read-model view the projection diffs (program columns, the year's tasks and plan items). */
export function projectedView(s: ProgramState): ProjectedView {
  return bookView(
    s,
    () => ({
      genderExpertId: s.genderExpertId,
      visitCount: s.visitCount,
      lastContactAt: s.lastContactAt,
      planDone: s.planItems.filter((i) => i.status === 'done').length,
      planTotal: s.planItems.filter((i) => i.status !== 'dropped').length,
      yearResults: s.yearResults,
      comparison: s.comparison,
    }),
    () => s.planItems,
  );
}
