/**
 * The template interpreter as a pure state machine over the shared task book: a cycle runs the
 * template's stages; a stage opens its tasks and arms its timers, accepts the records it allows,
 * and ends by its rules (all tasks done, a timer, a manager's close, a FEEL condition); the next
 * stage follows its `next` rules. Figures (FEEL) are recomputed after every action. Every
 * function takes the state and a Runtime (now, ids) and mutates the state: deterministic inside
 * the workflow, unit-tested outside it.
 */
import type { NotificationInput, RoleActor, Upcoming } from '../programs/contract';
import { bookView, type ProjectedView } from '../programs/fact-tracker';
import type { RecordRow } from '../programs/facts';
import * as book from '../programs/task-book';
import { iso, ms, type BookTask, type ControlledBook, type Runtime } from '../programs/task-book';
import type { TemplateProgramInput } from './contract';
import { feelHolds, feelNumber } from './feel';
import type { Duration, FeelContext, StageDef, TaskDef, TemplateDefinition, TemplateRole, Text, TimerDef } from './language';

export type { Runtime } from '../programs/task-book';

/** A record of the current cycle, kept for FEEL (`records.<kind>`). */
export interface TemplateRecord {
  id: string;
  kind: string;
  stageId: string;
  data: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
}

/** What a run carries exactly into the next (continue-as-new): everything but the outbox. */
export interface ResumedTemplateState extends Omit<ControlledBook, 'outbox'> {
  workflowId: string;
  organizationId: string;
  mentorId: string;
  genderExpertId: string | null;
  typeKey: string;
  templateVersion: number;
  cycles: number;
  startDate: string;
  stateVersion: number;
  readModelBehind?: { seq: number; reason: string; at: string } | null;
  /** The current stage's start (ISO); null before the cycle's first stage opens. */
  stageStartedAt: string | null;
  /** Task ids opened at least once since the current stage started ("all tasks done"). */
  openedInStage: string[];
  /** Next firing (ms) of each timer of the current stage; null once it will not fire again. */
  timers: Record<string, number | null>;
  records: TemplateRecord[];
  lastContactAt: string | null;
  figures: Record<string, number | null>;
  /** The previous cycle's figures and task submissions (FEEL `previous`). */
  previous: { figures: Record<string, number | null>; tasks: Record<string, unknown> } | null;
  /** The cycle has to be started (first run, or the run after a cycle's end). */
  cycleToStart: boolean;
  /** The cycle's last stage ended: the workflow continues as new (next cycle) or completes. */
  cycleDone: boolean;
}

export interface TemplateState extends ResumedTemplateState, Pick<ControlledBook, 'outbox'> {
  outbox: NotificationInput[];
}

/** At most this many records per cycle (each is held in state for FEEL). */
export const RECORDS_PER_CYCLE_MAX = 2000;
/** Stage transitions one action may cause (a loop of conditions that all hold stops here). */
const TRANSITIONS_MAX = 50;

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A duration after a moment; months are calendar months (day clamped to the month's end). */
export function addDuration(from: number, d: Duration): number {
  const unit = { seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000 } as const;
  if (d.unit !== 'months') return from + d.amount * unit[d.unit];
  const t = new Date(from);
  const day = t.getUTCDate();
  t.setUTCDate(1);
  t.setUTCMonth(t.getUTCMonth() + d.amount);
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(day, last));
  return t.getTime();
}

export function initialState(input: TemplateProgramInput, workflowId: string, now: number, startedBy: string | null = null): TemplateState {
  return {
    ...book.programIds(input, workflowId),
    genderExpertId: input.genderExpertId,
    typeKey: input.typeKey,
    templateVersion: input.template.version,
    cycles: input.template.definition.cycles.count,
    startDate: input.startDate,
    status: 'active',
    stage: input.template.definition.stages[0].id,
    year: 1,
    tasks: [],
    history: [{ at: iso(now), year: 1, step: 'started', by: startedBy }],
    outbox: [],
    pausedAt: null,
    withdrawnReason: null,
    stateVersion: 0,
    stageStartedAt: null,
    openedInStage: [],
    timers: {},
    records: [],
    lastContactAt: null,
    figures: {},
    previous: null,
    cycleToStart: true,
    cycleDone: false,
  };
}

export function startState(input: TemplateProgramInput, workflowId: string, now: number): TemplateState {
  if (input.resume) return { ...clone(input.resume as ResumedTemplateState), outbox: [] };
  return initialState(input, workflowId, now);
}

export function resumeState(s: TemplateState): ResumedTemplateState {
  const { outbox: _o, ...rest } = s;
  return clone(rest);
}

// --- lookups ---

export const stageDef = (def: TemplateDefinition, id: string): StageDef | undefined => def.stages.find((st) => st.id === id);
export const currentStage = (s: TemplateState, def: TemplateDefinition): StageDef | undefined => stageDef(def, s.stage);

export function taskDef(def: TemplateDefinition, taskId: string): TaskDef | undefined {
  for (const st of def.stages) {
    const t = st.tasks.find((x) => x.id === taskId);
    if (t) return t;
  }
  return undefined;
}

/** Who holds a role in this program (a gender expert role without one falls to the manager). */
export function holder(s: TemplateState, role: TemplateRole): string {
  if (role === 'mentor') return s.mentorId;
  if (role === 'gender_expert') return s.genderExpertId ?? s.managerId;
  return s.managerId;
}

// --- FEEL ---

/** The context expressions see (see FeelContext in language.ts). */
export function feelContext(s: TemplateState, def: TemplateDefinition): FeelContext {
  const tasks: Record<string, unknown> = {};
  const records: Record<string, unknown[]> = {};
  for (const st of def.stages) {
    for (const t of st.tasks) tasks[t.id] = null;
    for (const r of st.records) records[r.id] = [];
  }
  for (const t of s.tasks) if (t.status === 'completed' && t.year === s.year) tasks[t.type] = t.data;
  for (const r of s.records) if (Object.hasOwn(records, r.kind)) records[r.kind].push(r.data);
  return { cycle: s.year, stage: s.stage, tasks, records, figures: { ...s.figures }, previous: s.previous };
}

/** Figures in order (each may read the ones before it); true when any changed. */
export function computeFigures(s: TemplateState, def: TemplateDefinition): boolean {
  const ctx = feelContext(s, def);
  const figures: Record<string, number | null> = {};
  for (const f of def.figures) {
    ctx.figures = figures;
    figures[f.id] = feelNumber(f.expression, ctx);
  }
  const changed = JSON.stringify(figures) !== JSON.stringify(s.figures);
  s.figures = figures;
  return changed;
}

// --- stages ---

/** Starts the cycle (its first stage); called once per cycle, by the run that begins it. */
export function beginCycle(s: TemplateState, def: TemplateDefinition, rt: Runtime): void {
  if (!s.cycleToStart) return;
  s.cycleToStart = false;
  s.cycleDone = false;
  // A pause carried over the cycle's end counts from here: nothing of the last cycle is still open.
  if (s.status === 'paused') s.pausedAt = iso(rt.now);
  computeFigures(s, def);
  enterStage(s, def, def.stages[0], rt, 0);
}

function openStageTask(s: TemplateState, t: TaskDef, rt: Runtime): BookTask {
  const now = rt.now;
  const task = book.addTask(s, t.id, holder(s, t.role), addDuration(now, t.due) - now, rt);
  const note = s.outbox[s.outbox.length - 1];
  if (note?.taskId === task.id && note.params) note.params.taskName = t.name;
  if (!s.openedInStage.includes(t.id)) s.openedInStage.push(t.id);
  return task;
}

function firstFiring(s: TemplateState, t: TimerDef, stageStart: number): number {
  if (t.from.kind === 'last_record') {
    const kind = t.from.recordId;
    const last = [...s.records].reverse().find((r) => r.kind === kind && ms(r.createdAt) >= stageStart);
    return addDuration(last ? ms(last.createdAt) : stageStart, t.after);
  }
  return addDuration(stageStart, t.after);
}

function enterStage(s: TemplateState, def: TemplateDefinition, st: StageDef, rt: Runtime, depth: number): void {
  s.stage = st.id;
  s.stageStartedAt = iso(rt.now);
  s.openedInStage = [];
  s.timers = Object.fromEntries(st.timers.map((t) => [t.id, firstFiring(s, t, rt.now)]));
  book.pushHistory(s, `stage_started:${st.id}`, null, rt.now);
  for (const t of st.tasks) if ((t.opens ?? 'stage_start') === 'stage_start') openStageTask(s, t, rt);
  settle(s, def, rt, depth);
}

/** Whether a stage's own rules (besides timers and the manager's close) end it now. */
function ruleHolds(s: TemplateState, def: TemplateDefinition, st: StageDef): boolean {
  return st.end.some((rule) => {
    if (rule.kind === 'all_tasks_done') {
      const open = book.openTasks(s).some((t) => st.tasks.some((d) => d.id === t.type));
      return !open && st.tasks.every((t) => s.openedInStage.includes(t.id));
    }
    if (rule.kind === 'condition') return feelHolds(rule.when, feelContext(s, def));
    return false;
  });
}

/** After an action: recompute figures, and end the stage if one of its rules holds. */
function settle(s: TemplateState, def: TemplateDefinition, rt: Runtime, depth = 0): void {
  computeFigures(s, def);
  if (s.status !== 'active' || s.cycleDone) return;
  const st = currentStage(s, def);
  if (st && ruleHolds(s, def, st)) endStage(s, def, rt, null, depth);
}

/** Where a stage leads: its first `next` rule that holds, else the next stage in order, else the cycle's end. */
export function nextStageOf(s: TemplateState, def: TemplateDefinition, st: StageDef): StageDef | 'end' {
  for (const rule of st.next ?? []) {
    if (rule.when === undefined || feelHolds(rule.when, feelContext(s, def)))
      return rule.to === 'end' ? 'end' : (stageDef(def, rule.to) ?? 'end');
  }
  const i = def.stages.indexOf(st);
  return def.stages[i + 1] ?? 'end';
}

export function endStage(s: TemplateState, def: TemplateDefinition, rt: Runtime, by: string | null, depth = 0): void {
  const st = currentStage(s, def);
  if (!st) return;
  book.cancelOpenTasks(s, 'stage ended', (t) => st.tasks.some((d) => d.id === t.type));
  s.timers = {};
  book.pushHistory(s, `stage_ended:${st.id}`, by, rt.now);
  computeFigures(s, def);
  const next = nextStageOf(s, def, st);
  if (next === 'end' || depth >= TRANSITIONS_MAX) return endCycle(s, def, rt);
  enterStage(s, def, next, rt, depth + 1);
}

function endCycle(s: TemplateState, def: TemplateDefinition, rt: Runtime): void {
  s.cycleDone = true;
  s.timers = {};
  s.stageStartedAt = null;
  computeFigures(s, def);
  book.pushHistory(s, 'cycle_completed', null, rt.now);
}

/** The state the next cycle's run starts from: same program, a fresh cycle; last cycle kept as `previous`. */
export function carryToNextCycle(s: TemplateState, def: TemplateDefinition): ResumedTemplateState {
  const tasks = feelContext(s, def).tasks as Record<string, unknown>;
  const next = resumeState(s);
  return {
    ...next,
    year: s.year + 1,
    stage: def.stages[0].id,
    tasks: [],
    records: [],
    // Completed tasks of the last cycle stay in the read model; the history is bounded anyway.
    history: next.history,
    openedInStage: [],
    timers: {},
    figures: {},
    previous: { figures: { ...s.figures }, tasks },
    cycleToStart: true,
    cycleDone: false,
    stageStartedAt: null,
  };
}

/** After the last cycle. */
export function complete(s: TemplateState, now: number): void {
  s.status = 'completed';
  s.stage = 'completed';
  s.timers = {};
  book.pushHistory(s, 'completed', null, now);
}

// --- actions ---

export type Refusal = { type: 'notFound' | 'conflict' | 'forbidden'; message: string } | null;

/** Whether an actor may act on a task (its assignee; a manager's task any program manager or admin). */
export function taskRefusal(s: TemplateState, def: TemplateDefinition, taskId: string, actor: RoleActor): Refusal {
  const task = s.tasks.find((t) => t.id === taskId);
  if (!task) return { type: 'notFound', message: `Task ${taskId} is not part of this program's current cycle` };
  if (task.status !== 'open') return { type: 'conflict', message: `This task is already ${task.status}` };
  if (s.status !== 'active')
    return { type: 'conflict', message: s.status === 'paused' ? 'The program is paused; resume it first' : `The program is ${s.status}` };
  const role = taskDef(def, task.type)?.role;
  const managerMay = role === 'program_manager' && (actor.role === 'program_manager' || actor.role === 'admin');
  if (actor.id !== task.assigneeId && !managerMay) return { type: 'forbidden', message: 'This task is assigned to someone else' };
  return null;
}

export function completeTask(s: TemplateState, def: TemplateDefinition, task: BookTask, data: unknown, by: string, rt: Runtime): void {
  book.finishTask(s, task, data, by, rt);
  settle(s, def, rt);
}

/** Whether an actor may add a record of a kind now (the stage allows it, their role may add it). */
export function recordRefusal(s: TemplateState, def: TemplateDefinition, kind: string, actor: RoleActor): Refusal {
  const st = currentStage(s, def);
  const rec = def.stages.flatMap((x) => x.records).find((r) => r.id === kind);
  if (!rec) return { type: 'notFound', message: `This program type has no record ${kind}` };
  if (s.status !== 'active')
    return { type: 'conflict', message: s.status === 'paused' ? 'The program is paused; resume it first' : `The program is ${s.status}` };
  if (!st || s.cycleDone || !st.records.some((r) => r.id === kind))
    return { type: 'conflict', message: `The stage ${s.stage} does not allow ${rec.name.en} records` };
  if (s.records.length >= RECORDS_PER_CYCLE_MAX)
    return { type: 'conflict', message: `A cycle holds at most ${RECORDS_PER_CYCLE_MAX} records` };
  const holds = (role: TemplateRole) =>
    role === 'program_manager'
      ? actor.role === 'program_manager' || actor.role === 'admin'
      : actor.role === role && actor.id === holder(s, role);
  if (!rec.addedBy.some(holds))
    return {
      type: 'forbidden',
      message: `Only the ${rec.addedBy.map((r) => r.replace(/_/g, ' ')).join(' or ')} of this program may add ${rec.name.en} records`,
    };
  return null;
}

export const recordForm = (def: TemplateDefinition, kind: string) => def.stages.flatMap((x) => x.records).find((r) => r.id === kind)?.form;

/** Adds a record; the same recordId again adds nothing (null). Returns the row to emit. */
export function addRecord(
  s: TemplateState,
  def: TemplateDefinition,
  rec: { recordId: string; kind: string; data: unknown; by: string },
  rt: Runtime,
): RecordRow | null {
  if (s.records.some((r) => r.id === rec.recordId)) return null;
  const entry: TemplateRecord = {
    id: rec.recordId,
    kind: rec.kind,
    stageId: s.stage,
    data: clone(rec.data) as Record<string, unknown>,
    createdBy: rec.by,
    createdAt: iso(rt.now),
  };
  s.records.push(entry);
  s.lastContactAt = entry.createdAt;
  // Timers counted from the last record of this kind start again from now.
  const st = currentStage(s, def);
  for (const t of st?.timers ?? []) {
    if (t.from.kind === 'last_record' && t.from.recordId === rec.kind) s.timers[t.id] = addDuration(rt.now, t.after);
  }
  settle(s, def, rt);
  return { ...entry, year: s.year };
}

/** A program manager's close of the current stage; false when the stage cannot be closed so. */
export function closeStage(s: TemplateState, def: TemplateDefinition, stageId: string, by: string, rt: Runtime): boolean {
  const st = currentStage(s, def);
  if (s.status !== 'active' || s.cycleDone || !st || st.id !== stageId || !st.end.some((e) => e.kind === 'manager_close')) return false;
  endStage(s, def, rt, by);
  return true;
}

/** Why a close-stage request cannot apply now (the api answers 409 with it), or null. */
export function closeStageRefusal(s: TemplateState, def: TemplateDefinition, stageId: string): string | null {
  const st = currentStage(s, def);
  if (s.status !== 'active') return `The program is ${s.status}`;
  if (!st || s.cycleDone || st.id !== stageId) return `The stage ${stageId} is not the current stage`;
  if (!st.end.some((e) => e.kind === 'manager_close')) return `The stage ${stageId} is not closed by the program manager`;
  return null;
}

// --- time ---

function fireTimer(s: TemplateState, def: TemplateDefinition, st: StageDef, t: TimerDef, rt: Runtime): void {
  s.timers[t.id] = t.repeat ? addDuration(rt.now, t.after) : null;
  const a = t.action;
  if (a.kind === 'open_task') {
    const d = st.tasks.find((x) => x.id === a.taskId);
    // One open instance at a time: a missed one stays open (and overdue) rather than piling up.
    if (d && !book.openTasks(s).some((x) => x.type === d.id)) openStageTask(s, d, rt);
  } else if (a.kind === 'remind') {
    s.outbox.push({
      id: rt.newId(),
      userId: holder(s, a.role),
      type: 'template_reminder',
      message: a.message.en,
      params: { message: a.message, year: s.year },
      programId: s.programId,
    });
  }
  if (a.kind === 'end_stage' || st.end.some((e) => e.kind === 'timer' && e.timerId === t.id)) {
    book.pushHistory(s, `timer:${t.id}`, null, rt.now);
    endStage(s, def, rt, null);
  }
}

/** Overdue marks and due timers, soonest first; true when anything changed. */
export function tick(s: TemplateState, def: TemplateDefinition, rt: Runtime): boolean {
  if (s.status !== 'active') return false;
  let changed = book.markOverdue(s, rt);
  for (let guard = 0; guard < 1000 && !s.cycleDone; guard++) {
    const st = currentStage(s, def);
    const due = st?.timers
      .filter((t) => s.timers[t.id] !== null && s.timers[t.id] !== undefined && (s.timers[t.id] as number) <= rt.now)
      .sort((a, b) => (s.timers[a.id] as number) - (s.timers[b.id] as number))[0];
    if (!st || !due) break;
    fireTimer(s, def, st, due, rt);
    changed = true;
  }
  if (changed) settle(s, def, rt);
  return changed;
}

export function nextWakeAt(s: TemplateState): number | null {
  return s.cycleDone ? null : book.nextWake(s, Object.values(s.timers));
}

// --- controls ---

export const pause = book.pauseBook;

/** Due dates and timers stop while paused: both move by the time spent paused. */
export function resume(s: TemplateState, by: string, now: number): void {
  const shift = book.resumeBook(s, by, now);
  for (const [id, at] of Object.entries(s.timers)) if (at !== null) s.timers[id] = at + shift;
  if (s.stageStartedAt) s.stageStartedAt = iso(ms(s.stageStartedAt) + shift);
}

export function withdraw(s: TemplateState, by: string, reason: string, now: number): void {
  book.withdrawBook(s, by, reason, now);
  s.timers = {};
}

/** A new mentor or gender expert takes over their role's open tasks. */
export function reassign(
  s: TemplateState,
  def: TemplateDefinition,
  to: { mentorId?: string; genderExpertId?: string },
  by: string,
  rt: Runtime,
): boolean {
  let changed = false;
  const roleOf = (t: BookTask) => taskDef(def, t.type)?.role;
  if (to.mentorId && to.mentorId !== s.mentorId) {
    s.mentorId = to.mentorId;
    book.moveOpenTasks(s, (t) => roleOf(t) === 'mentor', to.mentorId, rt);
    book.pushHistory(s, 'reassigned_mentor', by, rt.now);
    changed = true;
  }
  if (to.genderExpertId && to.genderExpertId !== s.genderExpertId) {
    s.genderExpertId = to.genderExpertId;
    book.moveOpenTasks(s, (t) => roleOf(t) === 'gender_expert', to.genderExpertId, rt);
    book.pushHistory(s, 'reassigned_gender_expert', by, rt.now);
    changed = true;
  }
  return changed;
}

// --- reading ---

export function upcoming(s: TemplateState, def: TemplateDefinition): Upcoming[] {
  if (s.status !== 'active' && s.status !== 'paused') return [];
  const out: Upcoming[] = book.openTasks(s).map((t) => ({ at: t.dueAt, kind: 'task_due' as const, taskId: t.id, taskType: t.type }));
  const st = currentStage(s, def);
  for (const t of st?.timers ?? []) {
    const at = s.timers[t.id];
    if (at !== null && at !== undefined)
      out.push({
        at: iso(at),
        kind: 'template_timer',
        timerId: t.id,
        action: t.action.kind,
        ...(t.action.kind === 'open_task' ? { taskType: t.action.taskId } : {}),
      });
  }
  return out.sort((a, b) => ms(a.at) - ms(b.at));
}

/** The `state` query: what the program page shows. */
export function liveState(s: TemplateState, def: TemplateDefinition) {
  const recordCounts: Record<string, number> = {};
  for (const st of def.stages) for (const r of st.records) recordCounts[r.id] = 0;
  for (const r of s.records) if (Object.hasOwn(recordCounts, r.kind)) recordCounts[r.kind] += 1;
  const stageName: Text | undefined = currentStage(s, def)?.name;
  const { outbox: _o, records: _r, ...rest } = s;
  return {
    ...clone(rest),
    cycle: s.year,
    stageName,
    records: recordCounts,
    upcoming: upcoming(s, def),
  };
}

export function projectedView(s: TemplateState): ProjectedView {
  return bookView(s, () => ({
    genderExpertId: s.genderExpertId,
    lastContactAt: s.lastContactAt,
    details: { figures: s.figures, stageStartedAt: s.stageStartedAt, templateVersion: s.templateVersion, cycles: s.cycles },
  }));
}
