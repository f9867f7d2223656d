import { ADVOCACY_LEVELS, ADVOCACY_STAGES, ADVOCACY_TASK_TYPES, INDICATOR_STATUSES, REVIEW_DECISIONS } from './domain';

/** Choices whose names are translation keys (react-admin's choice inputs translate them). */
const keyed = <T extends string>(values: readonly T[], prefix: string) =>
  values.map((value) => ({ id: value, name: `mentorflow.${prefix}.${value}` }));

export const programTypeChoices = keyed(['institutional', 'advocacy'] as const, 'program_types');
export const levelChoices = keyed(ADVOCACY_LEVELS, 'advocacy.levels');
export const reviewDecisionChoices = keyed(REVIEW_DECISIONS, 'advocacy.review_decisions');
export const indicatorStatusChoices = keyed(INDICATOR_STATUSES, 'advocacy.indicator_status');
// Completed and withdrawn are already among the institutional stages.
export const advocacyStageChoices = keyed(
  ADVOCACY_STAGES.filter((stage) => stage !== 'completed' && stage !== 'withdrawn'),
  'stages',
);
export const advocacyTaskTypeChoices = keyed(ADVOCACY_TASK_TYPES, 'task_types');
