import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTITUTIONAL_CONFIG } from '../../../workflows/institutional/config';
import { validatePlanItemStatus, validateTaskData, validateVisit } from '../../../workflows/institutional/validation';
import { genderPlanReview, genderReport, improvementPlan, reEvaluation, selfAssessment } from '../../support/institutional-data';

const ctx = { config: DEFAULT_INSTITUTIONAL_CONFIG };

describe('institutional validation (the same rules run in the API and the workflow)', () => {
  it('accepts each valid task payload', () => {
    expect(validateTaskData('self_assessment', selfAssessment(), ctx)).toEqual({});
    expect(validateTaskData('gender_report', genderReport(), ctx)).toEqual({});
    expect(validateTaskData('improvement_plan', improvementPlan(), { ...ctx, genderPlanRequired: true })).toEqual({});
    expect(validateTaskData('gender_plan_review', genderPlanReview(), ctx)).toEqual({});
    expect(validateTaskData('re_evaluation', reEvaluation(), ctx)).toEqual({});
  });

  it('names each bad field: a grade off the scale, an unknown key, a missing text', () => {
    const bad = selfAssessment() as unknown as Record<string, any>;
    bad.elements.governance.grade = 9;
    bad.surprise = true;
    bad.genderObservations = undefined;
    const errors = validateTaskData('self_assessment', bad, ctx);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['elements.governance.grade', 'surprise', 'genderObservations']));
  });

  it('refuses a body that is not an object, naming data', () => {
    for (const data of [null, [], 'text', 42]) expect(Object.keys(validateTaskData('gender_report', data, ctx))).toEqual(['data']);
  });

  it('asks for a gender mainstreaming item when the gender report requires a plan', () => {
    const plan = improvementPlan();
    plan.items = plan.items.filter((i) => i.studyType !== 'gender_mainstreaming');
    expect(validateTaskData('improvement_plan', plan, { ...ctx, genderPlanRequired: true })).toHaveProperty('items');
    expect(validateTaskData('improvement_plan', plan, { ...ctx, genderPlanRequired: false })).toEqual({});
  });

  it('checks visits: mode, duration bounds, and plan items of this program only', () => {
    const visit = { date: '2027-03-01', mode: 'face_to_face', durationMinutes: 90, notes: 'Reviewed the plan', planItemIds: ['a'] };
    expect(validateVisit(visit, ['a'])).toEqual({});
    expect(Object.keys(validateVisit({ ...visit, durationMinutes: 2 }, ['a']))).toEqual(['durationMinutes']);
    expect(Object.keys(validateVisit({ ...visit, mode: 'telepathy' }, ['a']))).toEqual(['mode']);
    expect(Object.keys(validateVisit({ ...visit, planItemIds: ['b'] }, ['a']))).toEqual(['planItemIds.0']);
  });

  it('moves plan items only along planned -> in progress -> done, or dropped with a reason', () => {
    expect(validatePlanItemStatus({ status: 'in_progress' }, 'planned')).toEqual({});
    expect(validatePlanItemStatus({ status: 'done' }, 'in_progress')).toEqual({});
    expect(Object.keys(validatePlanItemStatus({ status: 'planned' }, 'done'))).toEqual(['status']);
    expect(Object.keys(validatePlanItemStatus({ status: 'dropped' }, 'planned'))).toEqual(['reason']);
    expect(validatePlanItemStatus({ status: 'dropped', reason: 'No budget this year' }, 'planned')).toEqual({});
  });
});
