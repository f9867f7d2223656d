/**
 * Advocacy mentorship as a pure state machine over the shared task machinery: needs assessment,
 * curriculum, training, issue workshop, plan drafting with versioned drafts and reviews,
 * presentation (the final plan is locked), then periodic implementation check-ins.
 */
import type { NotificationInput } from '../programs/contract';
import * as book from '../programs/task-book';
import { iso, ms, type Runtime } from '../programs/task-book';
import type { AdvocacyConfig } from './config';
import type { AdvocacyMentorshipInput } from './contract';
import type { AdvocacyStage, AdvocacyTaskType } from './model';
import type { AdvocacyPlan, AdvocacyTaskData, CheckinData, NeedsAssessmentData, PlanReviewData } from './task-data';
import { bookView, type ProjectedView } from '../programs/fact-tracker';
import type { Upcoming } from '../programs/types';
import type { AdvocacyOutcome, AdvocacySnapshot, AdvocacyTask, ResumedAdvocacyState } from './types';
import type { AdvocacyValidationContext } from './validation';

export interface AdvocacyState extends AdvocacySnapshot {
  outbox: NotificationInput[];
  nextCheckinAt: number | null;
}

const DUE: Record<AdvocacyTaskType, keyof AdvocacyConfig['durations']> = {
  needs_assessment: 'needsAssessmentDue',
  curriculum: 'curriculumDue',
  training: 'trainingDue',
  issue_workshop: 'issueWorkshopDue',
  plan_drafting: 'planDraftingDue',
  plan_review: 'planReviewDue',
  presentation: 'presentationDue',
  implementation_checkin: 'checkinDue',
};

const NEXT: Partial<Record<AdvocacyTaskType, AdvocacyTaskType>> = {
  needs_assessment: 'curriculum',
  curriculum: 'training',
  training: 'issue_workshop',
  issue_workshop: 'plan_drafting',
  plan_drafting: 'plan_review',
};

export function initialState(input: AdvocacyMentorshipInput, workflowId: string, now: number): AdvocacyState {
  return {
    ...book.programIds(input, workflowId),
    status: 'active',
    stage: 'needs_assessment',
    year: 1,
    startDate: input.startDate,
    pausedAt: null,
    withdrawnReason: null,
    configVersion: input.config.version,
    tasks: [],
    history: [{ at: iso(now), year: 1, step: 'started', by: input.startedBy.id }],
    needs: null,
    planVersions: [],
    finalPlanVersion: null,
    planLockedAt: null,
    implementationEndsAt: null,
    checkins: 0,
    outcome: null,
    stateVersion: 0,
    outbox: [],
    nextCheckinAt: null,
  };
}

export function openTask(s: AdvocacyState, config: AdvocacyConfig, type: AdvocacyTaskType, rt: Runtime): AdvocacyTask {
  s.stage = type === 'implementation_checkin' ? 'implementation_support' : type;
  return book.addTask(s, type, assigneeOf(s, type), config.durations[DUE[type]], rt);
}

/**
 * Who does a task: the mentor, except the plan drafts once a CSO member drafts them (issue 12).
 * States recorded before have no planDrafterId: the mentor, as they were recorded.
 */
function assigneeOf(s: AdvocacyState, type: AdvocacyTaskType): string {
  return type === 'plan_drafting' && s.planDrafterId ? s.planDrafterId : s.mentorId;
}

/** Issue 12: the CSO (a member) or the mentor (null) drafts the plan from now on; an open draft moves at once. */
export function setPlanDrafter(s: AdvocacyState, drafterId: string | null, by: string, rt: Runtime): string | null {
  s.planDrafterId = drafterId;
  const open = book.openTasks(s).find((t) => t.type === 'plan_drafting') ?? null;
  if (open && open.assigneeId !== assigneeOf(s, 'plan_drafting'))
    book.moveOpenTasks(s, (t) => t.id === open.id, assigneeOf(s, 'plan_drafting'), rt);
  book.pushHistory(s, drafterId ? 'plan_drafter_cso' : 'plan_drafter_mentor', by, rt.now);
  return open?.id ?? null;
}

/**
 * Whether an actor other than the assignee may complete a task (issue 12): any CSO member of the
 * organisation completes a draft assigned to the CSO; a program manager (or admin) reviews a
 * version drafted by the mentor, who may not review their own draft.
 */
export function mayCompleteForAssignee(
  s: AdvocacyState,
  task: AdvocacyTask,
  actor: { id: string; role?: string; organizationId?: string },
): boolean {
  if (task.type === 'plan_drafting') return !!s.planDrafterId && actor.role === 'cso_member' && actor.organizationId === s.organizationId;
  if (task.type === 'plan_review')
    return (actor.role === 'program_manager' || actor.role === 'admin') && latestVersion(s)?.submittedBy === task.assigneeId;
  return false;
}

/**
 * Nobody approves a plan version they drafted themselves (sending one's own draft back for more
 * work is allowed): the reason, or null when the actor may decide so.
 */
export function ownDraftApproval(s: AdvocacyState, task: AdvocacyTask, actorId: string, data: unknown): string | null {
  if (task.type !== 'plan_review' || (data as { decision?: unknown } | null)?.decision !== 'approve') return null;
  return latestVersion(s)?.submittedBy === actorId
    ? 'you drafted this version: someone else approves it (a program manager when the mentor drafted)'
    : null;
}

function latestVersion(s: AdvocacyState) {
  return s.planVersions[s.planVersions.length - 1];
}

export function validationContext(s: AdvocacyState): AdvocacyValidationContext {
  const final = s.planVersions.find((v) => v.version === s.finalPlanVersion);
  return { needIds: s.needs?.needs.map((n) => n.id) ?? [], indicatorCount: final?.plan.indicators.length ?? 0 };
}

export function completeTask(
  s: AdvocacyState,
  config: AdvocacyConfig,
  task: AdvocacyTask,
  data: AdvocacyTaskData,
  by: string,
  rt: Runtime,
): void {
  book.finishTask(s, task, data, by, rt);
  switch (task.type) {
    case 'needs_assessment':
      s.needs = data as NeedsAssessmentData;
      break;
    case 'plan_drafting':
      s.planVersions.push({
        version: s.planVersions.length + 1,
        plan: data as AdvocacyPlan,
        submittedAt: iso(rt.now),
        submittedBy: by,
        review: null,
      });
      break;
    case 'plan_review': {
      const review = data as PlanReviewData;
      const latest = s.planVersions[s.planVersions.length - 1];
      latest.review = { decision: review.decision, comments: review.comments.trim(), at: iso(rt.now), by };
      // Requested changes send the plan back to drafting; an approval goes to the presentation.
      openTask(s, config, review.decision === 'approve' ? 'presentation' : 'plan_drafting', rt);
      return;
    }
    case 'presentation':
      lockPlan(s, config, rt);
      return;
    case 'implementation_checkin':
      s.checkins += 1;
      return;
  }
  const next = NEXT[task.type];
  if (next) openTask(s, config, next, rt);
}

/** The presentation finalises the approved version: it can no longer change. */
function lockPlan(s: AdvocacyState, config: AdvocacyConfig, rt: Runtime) {
  const approved = [...s.planVersions].reverse().find((v) => v.review?.decision === 'approve');
  s.finalPlanVersion = approved?.version ?? null;
  s.planLockedAt = iso(rt.now);
  s.stage = 'implementation_support';
  s.implementationEndsAt = iso(rt.now + config.durations.implementationLength);
  s.nextCheckinAt = rt.now + config.durations.checkinCadence;
  book.pushHistory(s, 'plan_locked', null, rt.now);
}

export function outcome(s: AdvocacyState): AdvocacyOutcome {
  const final = s.planVersions.find((v) => v.version === s.finalPlanVersion)?.plan ?? null;
  const last = new Map<number, CheckinData['indicatorProgress'][number]['status']>();
  for (const t of s.tasks) {
    if (t.type !== 'implementation_checkin' || t.status !== 'completed') continue;
    for (const p of (t.data as CheckinData).indicatorProgress) last.set(p.indicator, p.status);
  }
  const indicators = (final?.indicators ?? []).map((indicator, i) => ({ indicator, status: last.get(i) ?? ('not_reported' as const) }));
  return {
    checkins: s.checkins,
    finalPlanVersion: s.finalPlanVersion,
    goal: final?.goal ?? null,
    indicators,
    achieved: indicators.filter((i) => i.status === 'achieved').length,
  };
}

/** Overdue marking, periodic check-ins and the end of implementation support. */
export function tick(s: AdvocacyState, config: AdvocacyConfig, rt: Runtime): boolean {
  if (s.status !== 'active') return false;
  let changed = book.markOverdue(s, rt);
  if (s.stage !== 'implementation_support' || !s.implementationEndsAt) return changed;
  if (rt.now >= ms(s.implementationEndsAt)) {
    book.cancelOpenTasks(s, 'implementation support ended');
    s.status = 'completed';
    s.stage = 'completed';
    s.nextCheckinAt = null;
    s.outcome = outcome(s);
    book.pushHistory(s, 'completed', null, rt.now);
    return true;
  }
  if (s.nextCheckinAt !== null && rt.now >= s.nextCheckinAt) {
    // One open check-in at a time: a missed one stays open (and overdue) rather than piling up.
    if (!book.openTasks(s).some((t) => t.type === 'implementation_checkin')) openTask(s, config, 'implementation_checkin', rt);
    s.nextCheckinAt = rt.now + config.durations.checkinCadence;
    changed = true;
  }
  return changed;
}

export function nextWakeAt(s: AdvocacyState): number | null {
  const support = s.stage === 'implementation_support';
  return book.nextWake(s, support ? [s.nextCheckinAt, s.implementationEndsAt ? ms(s.implementationEndsAt) : null] : []);
}

export const pause = book.pauseBook;

export function resume(s: AdvocacyState, by: string, now: number): void {
  const shift = book.resumeBook(s, by, now);
  if (s.implementationEndsAt) s.implementationEndsAt = iso(ms(s.implementationEndsAt) + shift);
  if (s.nextCheckinAt !== null) s.nextCheckinAt += shift;
}

export function withdraw(s: AdvocacyState, by: string, reason: string, now: number): void {
  book.withdrawBook(s, by, reason, now);
  s.nextCheckinAt = null;
}

export function reassignMentor(s: AdvocacyState, mentorId: string, by: string, rt: Runtime): void {
  if (mentorId === s.mentorId) return;
  s.mentorId = mentorId;
  // A draft assigned to the CSO stays with the CSO (issue 12); without a CSO drafter, as before: every open task.
  book.moveOpenTasks(s, (t) => !(t.type === 'plan_drafting' && s.planDrafterId), mentorId, rt);
  book.pushHistory(s, 'reassigned_mentor', by, rt.now);
}

export function snapshot(s: AdvocacyState): AdvocacySnapshot {
  const { outbox: _o, nextCheckinAt: _n, ...snap } = s;
  return JSON.parse(JSON.stringify(snap)) as AdvocacySnapshot;
}

// --- Version 2 (delta-core): restore, schedule, the projected view, drafts stored once ---

export function startState(input: AdvocacyMentorshipInput, workflowId: string, now: number): AdvocacyState {
  if (input.resume) return { ...(JSON.parse(JSON.stringify(input.resume)) as ResumedAdvocacyState), outbox: [] };
  return initialState(input, workflowId, now);
}

export function resumeState(s: AdvocacyState): ResumedAdvocacyState {
  const { outbox: _o, upcoming: _u, ...rest } = s;
  return JSON.parse(JSON.stringify(rest)) as ResumedAdvocacyState;
}

/**
 * A submitted draft lives in planVersions; its task keeps only the version number, so the plan
 * is not held (and carried, and projected) twice.
 */
export function keepDraftOnce(s: AdvocacyState, task: AdvocacyTask): void {
  if (task.type !== 'plan_drafting' || task.status !== 'completed') return;
  const version = s.planVersions[s.planVersions.length - 1]?.version ?? null;
  task.data = { planVersion: version } as unknown as AdvocacyTaskData;
}

export function upcoming(s: AdvocacyState): Upcoming[] {
  if (s.status !== 'active' && s.status !== 'paused') return [];
  const out: Upcoming[] = book.openTasks(s).map((t) => ({ at: t.dueAt, kind: 'task_due' as const, taskId: t.id, taskType: t.type }));
  if (s.stage === 'implementation_support') {
    if (s.nextCheckinAt !== null) out.push({ at: iso(s.nextCheckinAt), kind: 'checkin' });
    if (s.implementationEndsAt) out.push({ at: s.implementationEndsAt, kind: 'implementation_end' });
  }
  return out.sort((a, b) => ms(a.at) - ms(b.at));
}

export function liveState(s: AdvocacyState): AdvocacySnapshot {
  return { ...snapshot(s), upcoming: upcoming(s) };
}

/** The plan's read-model columns (both versions' projections write these). */
export function planColumns(s: AdvocacySnapshot): { planDone: number; planTotal: number; details: Record<string, unknown> } {
  const latest = s.planVersions[s.planVersions.length - 1];
  return {
    planDone: s.finalPlanVersion ? 1 : 0,
    planTotal: s.planVersions.length ? 1 : 0,
    details: {
      planVersions: s.planVersions.map((v) => ({ version: v.version, submittedAt: v.submittedAt, review: v.review })),
      latestPlanVersion: latest?.version ?? null,
      finalPlanVersion: s.finalPlanVersion,
      planLockedAt: s.planLockedAt,
      implementationEndsAt: s.implementationEndsAt,
      checkins: s.checkins,
      outcome: s.outcome,
    },
  };
}

export function projectedView(s: AdvocacyState): ProjectedView {
  return bookView(s, () => planColumns(s));
}

/**
 * The stage as the program document's steps name it, for the Stage search attribute: drafts,
 * reviews and revisions are one step ("drafting the advocacy plan with the mentor"), so a
 * review cycle does not add a search-attribute event to history twice per round.
 */
export function documentStep(stage: AdvocacyStage): AdvocacyStage {
  return stage === 'plan_review' ? 'plan_drafting' : stage;
}
