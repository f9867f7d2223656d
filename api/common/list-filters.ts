import { ADVOCACY_STAGES, ADVOCACY_TASK_TYPES } from '../../workflows/advocacy/model';
import {
  CONTACT_MODES,
  ELEMENTS,
  INSTITUTIONAL_STAGES,
  INSTITUTIONAL_TASK_TYPES,
  PLAN_ITEM_STATUSES,
} from '../../workflows/institutional/model';
import { NOTIFICATION_TYPES } from '../../workflows/programs/contract';
import { PROGRAM_STATUSES, PROGRAM_TYPES } from '../../workflows/programs/types';
import { ROLES } from '../users/role';
import { filterOf as f, type FilterSpec } from './list-query';

/**
 * The filters each list endpoint accepts, value by value (see parseFilter): one place to read
 * what `filter={...}` may hold for every resource.
 */
const STAGES = [...new Set([...INSTITUTIONAL_STAGES, ...ADVOCACY_STAGES])];
const TASK_TYPES = [...INSTITUTIONAL_TASK_TYPES, ...ADVOCACY_TASK_TYPES];
const YEAR = f.int(1, 100);

export const PROGRAM_FILTERS: FilterSpec = {
  type: f.enum(PROGRAM_TYPES),
  // not_withdrawn: the programs list's default (everything but withdrawn programs).
  status: f.enum([...PROGRAM_STATUSES, 'not_withdrawn']),
  stage: f.enum(STAGES),
  mentorId: f.uuid(),
  organizationId: f.uuid(),
  genderExpertId: f.uuid(),
  q: f.text(),
  id: f.uuid(),
};

/** Designed program types' keys, stage ids and task ids (published versions), which the lists accept too. */
export interface DesignedVocabulary {
  keys: string[];
  stages: string[];
  taskTypes: string[];
}

/** PROGRAM_FILTERS with the designed types' keys and stages (issue 10). */
export function programFilters(v: DesignedVocabulary): FilterSpec {
  return {
    ...PROGRAM_FILTERS,
    type: f.enum([...PROGRAM_TYPES, ...v.keys]),
    stage: f.enum([...new Set([...STAGES, ...v.stages, 'completed'])]),
  };
}

/** TASK_FILTERS with the designed types' task ids. */
export function taskFilters(v: DesignedVocabulary): FilterSpec {
  return { ...TASK_FILTERS, type: f.enum([...new Set([...TASK_TYPES, ...v.taskTypes])]) };
}

/** USER_FILTERS with the designed types' keys (people mentor those too). */
export function userFilters(v: DesignedVocabulary): FilterSpec {
  return { ...USER_FILTERS, programType: f.enum([...PROGRAM_TYPES, ...v.keys]) };
}

export const TASK_FILTERS: FilterSpec = {
  status: f.enum(['open', 'completed', 'cancelled']),
  overdue: f.boolean(),
  type: f.enum(TASK_TYPES),
  assigneeId: f.uuid(),
  programId: f.uuid(),
  organizationId: f.uuid(),
  year: YEAR,
  id: f.uuid(),
};

export const IMPROVEMENT_FILTERS: FilterSpec = {
  programId: f.uuid(),
  year: YEAR,
  status: f.enum(PLAN_ITEM_STATUSES),
  // Study types are configuration (admins add their own), so any slug-like text.
  studyType: f.text(40, true),
  element: f.enum(ELEMENTS),
  id: f.uuid(),
};

export const VISIT_FILTERS: FilterSpec = {
  programId: f.uuid(),
  mentorId: f.uuid(),
  organizationId: f.uuid(),
  mode: f.enum(CONTACT_MODES),
  year: YEAR,
  id: f.uuid(),
};

export const NOTIFICATION_FILTERS: FilterSpec = {
  unread: f.boolean(),
  type: f.enum(NOTIFICATION_TYPES),
  programId: f.uuid(),
};

export const AUDIT_FILTERS: FilterSpec = {
  actorId: f.uuid(),
  // Programs, organizations and users by uuid, configuration versions as "institutional:v3".
  targetId: f.text(200, true),
  targetType: f.text(50, true),
  action: f.text(100),
  result: f.enum(['pending', 'ok', 'rejected', 'failed']),
  workflowId: f.text(200, true),
  from: f.date(),
  to: f.date(),
};

export const USER_FILTERS: FilterSpec = {
  q: f.text(),
  role: f.enum(ROLES),
  id: f.uuid(),
  isActive: f.boolean(),
  programType: f.enum(PROGRAM_TYPES),
};

export const ORGANIZATION_FILTERS: FilterSpec = {
  q: f.text(),
  city: f.text(100, true),
  fieldOfWork: f.text(),
  id: f.uuid(),
};

export const EVENT_FILTERS: FilterSpec = {
  kind: f.enum(['meeting', 'workshop']),
  organizationId: f.uuid(false),
  q: f.text(),
  id: f.uuid(),
};
