import { Checker, type FieldErrors } from '../shared/field-errors';
import type { InstitutionalConfig } from './config';
import {
  CONTACT_MODES,
  ELEMENTS,
  GENDER_REVIEW_PROGRESS,
  MAINSTREAMING_LEVELS,
  PLAN_ITEM_STATUSES,
  PRINCIPLES,
  PRIORITIES,
  type InstitutionalTaskType,
  type PlanItemStatus,
} from './model';

/** What a validator may need beyond the data: the program's config and earlier answers. */
export interface ValidationContext {
  config: InstitutionalConfig;
  genderPlanRequired?: boolean;
}

function grades(c: Checker, path: string, v: unknown, slugs: readonly string[], scale: { min: number; max: number }) {
  if (!c.object(path, v)) return;
  c.noUnknownKeys(path, v, slugs);
  for (const slug of slugs) {
    if (!(slug in v)) c.fail(`${path}.${slug}`, `${path}.${slug} is missing`);
    else c.int(`${path}.${slug}`, v[slug], scale.min, scale.max);
  }
}

function elementGrid(c: Checker, v: unknown, scale: { min: number; max: number }, fields: { strengths: boolean }) {
  if (!c.object('elements', v)) return;
  c.noUnknownKeys('elements', v, ELEMENTS);
  for (const slug of ELEMENTS) {
    const p = `elements.${slug}`;
    const e = v[slug];
    if (e === undefined) {
      c.fail(p, `${p} is missing: every element needs a grade`);
      continue;
    }
    if (!c.object(p, e)) continue;
    c.int(`${p}.grade`, e.grade, scale.min, scale.max);
    if (fields.strengths) {
      c.noUnknownKeys(p, e, ['grade', 'strengths', 'improvementAreas']);
      c.text(`${p}.strengths`, e.strengths, { max: 4000 });
      c.text(`${p}.improvementAreas`, e.improvementAreas, { max: 4000 });
    } else {
      c.noUnknownKeys(p, e, ['grade', 'notes']);
      c.optionalText(`${p}.notes`, e.notes, { max: 4000 });
    }
  }
}

function selfAssessment(c: Checker, d: Record<string, unknown>, ctx: ValidationContext) {
  c.noUnknownKeys('', d, ['sessionDates', 'participants', 'elements', 'principles', 'genderObservations']);
  if (c.array('sessionDates', d.sessionDates, { min: 1, max: 5 })) {
    d.sessionDates.forEach((x, i) => c.date(`sessionDates.${i}`, x));
  }
  if (c.array('participants', d.participants, { min: 3, max: 200 })) {
    const positions = new Set<string>();
    d.participants.forEach((p, i) => {
      if (!c.object(`participants.${i}`, p)) return;
      c.noUnknownKeys(`participants.${i}`, p, ['name', 'position']);
      c.text(`participants.${i}.name`, p.name, { max: 200 });
      if (c.text(`participants.${i}.position`, p.position, { max: 200 })) positions.add(p.position.trim().toLowerCase());
    });
    if (positions.size > 0 && positions.size < 2) {
      c.fail('participants', 'participants must come from different positions (at least two)');
    }
  }
  elementGrid(c, d.elements, ctx.config.gradeScale, { strengths: true });
  grades(c, 'principles', d.principles, PRINCIPLES, ctx.config.gradeScale);
  c.text('genderObservations', d.genderObservations, { max: 8000 });
}

function genderReport(c: Checker, d: Record<string, unknown>) {
  c.noUnknownKeys('', d, ['findings', 'recommendations', 'mainstreamingLevel', 'genderPlanRequired']);
  c.text('findings', d.findings, { max: 20000 });
  c.text('recommendations', d.recommendations, { max: 20000 });
  c.oneOf('mainstreamingLevel', d.mainstreamingLevel, MAINSTREAMING_LEVELS);
  c.boolean('genderPlanRequired', d.genderPlanRequired);
}

function improvementPlan(c: Checker, d: Record<string, unknown>, ctx: ValidationContext) {
  c.noUnknownKeys('', d, ['items']);
  if (!c.array('items', d.items, { min: 1, max: 100 })) return;
  let genderItems = 0;
  d.items.forEach((item, i) => {
    const p = `items.${i}`;
    if (!c.object(p, item)) return;
    c.noUnknownKeys(p, item, ['element', 'studyType', 'title', 'priority', 'targetDate', 'principles', 'genderMarker']);
    c.oneOf(`${p}.element`, item.element, ELEMENTS);
    if (c.oneOf(`${p}.studyType`, item.studyType, ctx.config.studyTypes) && item.studyType === 'gender_mainstreaming') genderItems++;
    c.text(`${p}.title`, item.title, { min: 3, max: 300 });
    c.oneOf(`${p}.priority`, item.priority, PRIORITIES);
    c.date(`${p}.targetDate`, item.targetDate);
    if (c.array(`${p}.principles`, item.principles, { min: 1, max: PRINCIPLES.length })) {
      item.principles.forEach((x, j) => c.oneOf(`${p}.principles.${j}`, x, PRINCIPLES));
    }
    c.int(`${p}.genderMarker`, item.genderMarker, 0, 3);
  });
  if (ctx.genderPlanRequired && genderItems === 0 && c.ok) {
    c.fail('items', 'the gender report asks for a gender mainstreaming plan: add at least one gender_mainstreaming item');
  }
}

function genderPlanReview(c: Checker, d: Record<string, unknown>) {
  c.noUnknownKeys('', d, ['progress', 'notes', 'recommendations']);
  c.oneOf('progress', d.progress, GENDER_REVIEW_PROGRESS);
  c.text('notes', d.notes, { max: 20000 });
  c.optionalText('recommendations', d.recommendations, { max: 20000 });
}

function reEvaluation(c: Checker, d: Record<string, unknown>, ctx: ValidationContext) {
  c.noUnknownKeys('', d, ['elements', 'principles', 'notes']);
  elementGrid(c, d.elements, ctx.config.gradeScale, { strengths: false });
  grades(c, 'principles', d.principles, PRINCIPLES, ctx.config.gradeScale);
  c.text('notes', d.notes, { max: 20000 });
}

const TASK_VALIDATORS: Record<InstitutionalTaskType, (c: Checker, d: Record<string, unknown>, ctx: ValidationContext) => void> = {
  self_assessment: selfAssessment,
  gender_report: genderReport,
  improvement_plan: improvementPlan,
  gender_plan_review: genderPlanReview,
  re_evaluation: reEvaluation,
};

/** Validates a task's completion data; the same function runs in the API and in the workflow's update validator. */
export function validateTaskData(type: InstitutionalTaskType, data: unknown, ctx: ValidationContext): FieldErrors {
  const c = new Checker();
  if (!c.object('data', data)) return c.errors;
  TASK_VALIDATORS[type](c, data as Record<string, unknown>, ctx);
  return c.errors;
}

export function validateVisit(data: unknown, knownPlanItemIds: readonly string[]): FieldErrors {
  const c = new Checker();
  if (!c.object('data', data)) return c.errors;
  c.noUnknownKeys('', data, ['date', 'mode', 'durationMinutes', 'notes', 'planItemIds']);
  c.date('date', data.date);
  c.oneOf('mode', data.mode, CONTACT_MODES);
  c.int('durationMinutes', data.durationMinutes, 5, 24 * 60);
  c.text('notes', data.notes, { max: 20000 });
  if (data.planItemIds !== undefined && c.array('planItemIds', data.planItemIds, { max: 100 })) {
    data.planItemIds.forEach((id, i) => {
      if (typeof id !== 'string' || !knownPlanItemIds.includes(id))
        c.fail(`planItemIds.${i}`, `planItemIds.${i} is not an item of this program's plan`);
    });
  }
  return c.errors;
}

/** planned -> in_progress -> done, or dropped (with a reason) from planned or in_progress. */
const NEXT: Record<PlanItemStatus, PlanItemStatus[]> = {
  planned: ['in_progress', 'done', 'dropped'],
  in_progress: ['done', 'dropped', 'planned'],
  done: [],
  dropped: [],
};

export function validatePlanItemStatus(data: unknown, current: PlanItemStatus): FieldErrors {
  const c = new Checker();
  if (!c.object('data', data)) return c.errors;
  c.noUnknownKeys('', data, ['status', 'reason']);
  if (!c.oneOf('status', data.status, PLAN_ITEM_STATUSES)) return c.errors;
  if (data.status !== current && !NEXT[current].includes(data.status)) {
    c.fail('status', `an item that is ${current} cannot become ${data.status}`);
  }
  if (data.status === 'dropped') c.text('reason', data.reason, { min: 3, max: 2000 });
  else c.optionalText('reason', data.reason, { max: 2000 });
  return c.errors;
}
