import {
  CONTACT_MODES,
  GENDER_MARKERS,
  GENDER_REVIEW_PROGRESS,
  INSTITUTIONAL_STAGES,
  INSTITUTIONAL_TASK_TYPES,
  MAINSTREAMING_LEVELS,
  PRIORITIES,
  STUDY_TYPES,
} from './domain';
import { PROGRAM_STATUSES } from '../../../workflows/programs/types';

/** Choices whose names are translation keys (react-admin's choice inputs translate them). */
const keyed = <T extends string | number>(values: readonly T[], prefix: string) =>
  values.map((value) => ({ id: value, name: `mentorflow.${prefix}.${value}` }));

export const stageChoices = keyed(INSTITUTIONAL_STAGES, 'stages');
export const taskTypeChoices = keyed(INSTITUTIONAL_TASK_TYPES, 'task_types');
export const programStatusChoices = keyed(PROGRAM_STATUSES, 'program_status');
export const taskStatusChoices = keyed(['open', 'completed', 'cancelled'] as const, 'task_status');
export const studyTypeChoices = (studyTypes: readonly string[] = STUDY_TYPES) => keyed(studyTypes, 'study_types');
export const priorityChoices = keyed(PRIORITIES, 'priorities');
export const contactModeChoices = keyed(CONTACT_MODES, 'contact_modes');
export const mainstreamingChoices = keyed(MAINSTREAMING_LEVELS, 'mainstreaming');
export const reviewProgressChoices = keyed(GENDER_REVIEW_PROGRESS, 'review_progress');
export const genderMarkerChoices = keyed(GENDER_MARKERS, 'gender_markers');
