/**
 * OpenAPI schemas of POST /api/tasks/:id/complete, one per task type (the body is that task's
 * data: workflows/institutional/task-data.ts and workflows/advocacy/task-data.ts). Documented
 * so that clients and the fuzzer know each shape; the workflow's update validator stays the
 * authority (400 naming each bad field).
 */
import type { SchemaObject } from '@nestjs/swagger';
import { ADVOCACY_LEVELS, INDICATOR_STATUSES, REVIEW_DECISIONS } from '../../workflows/advocacy/model';
import {
  ELEMENTS,
  GENDER_REVIEW_PROGRESS,
  MAINSTREAMING_LEVELS,
  PRINCIPLES,
  PRIORITIES,
  STUDY_TYPES,
} from '../../workflows/institutional/model';

const str: SchemaObject = { type: 'string', maxLength: 10000 };
const date: SchemaObject = { type: 'string', format: 'date', example: '2026-03-02' };
const strings: SchemaObject = { type: 'array', items: str, maxItems: 100 };
const oneOf = (values: readonly string[]): SchemaObject => ({ type: 'string', enum: [...values] });
const arr = (items: SchemaObject, maxItems = 100): SchemaObject => ({ type: 'array', items, maxItems });
const obj = (title: string | undefined, properties: Record<string, SchemaObject>, optional: string[] = []): SchemaObject => ({
  ...(title ? { title } : {}),
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});
const byKey = (keys: readonly string[], value: SchemaObject): SchemaObject =>
  obj(undefined, Object.fromEntries(keys.map((k) => [k, value])));
const person = obj(undefined, { name: str, position: str });
const grade: SchemaObject = { type: 'integer', minimum: 0, maximum: 100 };

export const TASK_COMPLETION_SCHEMAS: SchemaObject[] = [
  obj('SelfAssessmentData (self_assessment)', {
    sessionDates: arr(date, 10),
    participants: arr(person),
    elements: byKey(ELEMENTS, obj(undefined, { grade, strengths: str, improvementAreas: str })),
    principles: byKey(PRINCIPLES, grade),
    genderObservations: str,
  }),
  obj('GenderReportData (gender_report)', {
    findings: str,
    recommendations: str,
    mainstreamingLevel: oneOf(MAINSTREAMING_LEVELS),
    genderPlanRequired: { type: 'boolean' },
  }),
  obj('ImprovementPlanData (improvement_plan)', {
    items: arr(
      obj(undefined, {
        element: oneOf(ELEMENTS),
        studyType: oneOf(STUDY_TYPES),
        title: str,
        priority: oneOf(PRIORITIES),
        targetDate: date,
        principles: arr(oneOf(PRINCIPLES), 5),
        genderMarker: { type: 'integer', minimum: 0, maximum: 3 },
      }),
    ),
  }),
  obj('GenderPlanReviewData (gender_plan_review)', { progress: oneOf(GENDER_REVIEW_PROGRESS), notes: str, recommendations: str }, [
    'recommendations',
  ]),
  obj('ReEvaluationData (re_evaluation)', {
    elements: byKey(ELEMENTS, obj(undefined, { grade, notes: str }, ['notes'])),
    principles: byKey(PRINCIPLES, grade),
    notes: str,
  }),
  obj('NeedsAssessmentData (needs_assessment)', {
    needs: arr(obj(undefined, { id: str, description: str })),
    priorities: str,
    constituencies: strings,
    levels: arr(oneOf(ADVOCACY_LEVELS), 3),
  }),
  obj('CurriculumData (curriculum)', {
    modules: arr(obj(undefined, { title: str, topics: strings, hours: { type: 'number', minimum: 0 }, needIds: strings })),
  }),
  obj('TrainingData (training)', { dates: arr(date, 10), attendees: arr(person), modulesDelivered: strings }),
  obj('IssueWorkshopData (issue_workshop)', {
    date,
    participants: arr(person),
    issuesConsidered: strings,
    chosenIssue: str,
    rationale: str,
    researchEvidence: str,
  }),
  obj('AdvocacyPlan (plan_drafting)', {
    goal: str,
    objectives: strings,
    targetDecisionMakers: strings,
    allies: strings,
    opponents: strings,
    keyMessages: strings,
    activities: arr(obj(undefined, { title: str, start: date, end: date })),
    indicators: strings,
    legalMechanisms: strings,
    risks: strings,
  }),
  obj('PlanReviewData (plan_review)', { decision: oneOf(REVIEW_DECISIONS), comments: str }),
  obj('PresentationData (presentation)', { date, audience: strings, feedback: str }),
  obj('CheckinData (implementation_checkin)', {
    activitiesDone: str,
    obstacles: str,
    nextSteps: str,
    indicatorProgress: arr(
      obj(undefined, { indicator: { type: 'integer', minimum: 0 }, status: oneOf(INDICATOR_STATUSES), note: str }, ['note']),
    ),
  }),
  // A designed type's task: the fields of its form (GET /tasks/:id gives the form), checked by the server against it.
  { title: "TemplateTaskData (a designed type's task)", type: 'object', additionalProperties: true },
];
