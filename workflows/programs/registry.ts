/**
 * The workflows' registry of program types: one entry per type, keyed by type, saying which
 * workflow runs it, its stages, its task types and who does them, what it can do (years, a
 * gender expert, closing a year, a mentor limit, plan drafts, visits, records, closing a stage)
 * and its configuration defaults. Programs of types designed in the console all share the
 * generic `template` entry; their stages and tasks come from their template version.
 *
 * A new built-in type is added to PROGRAM_TYPES (types.ts); `satisfies` below then makes the
 * compiler list every field its entry must fill. Plain data, no SDK imports: the api and the
 * console may read it.
 */
import { DEFAULT_ADVOCACY_CONFIG, type AdvocacyConfig } from '../advocacy/config';
import { ADVOCACY_STAGES, ADVOCACY_TASK_TYPES, type AdvocacyTaskType } from '../advocacy/model';
import { DEFAULT_INSTITUTIONAL_CONFIG, type InstitutionalConfig } from '../institutional/config';
import { INSTITUTIONAL_STAGES, INSTITUTIONAL_TASK_TYPES, TASK_ROLE } from '../institutional/model';
import type { TemplateRole } from '../templates/language';
import { PROGRAM_TYPES, type ProgramType } from './types';

/** The name of a workflow function the worker's bundle exports (workflows/index.ts). */
export type WorkflowName = keyof typeof import('../index');

export interface ProgramCapabilities {
  /** Runs in years, continuing as new at each (the template's cycles are their own). */
  years: boolean;
  /** Whether a program has a gender expert: always, never, or as its template says. */
  genderExpert: 'required' | 'none' | 'by_template';
  /** A program manager may close the implementation year (the close-year signal). */
  closeYear: boolean;
  /** A mentor follows at most `mentorLimit` programs of this type (config). */
  mentorLimit: boolean;
  /** Versioned plan drafts (the plan-drafts endpoint). */
  planDrafts: boolean;
  /** Visits logged with the logVisit update. */
  visits: boolean;
  /** Records added with the addRecord update (kinds from the template). */
  records: boolean;
  /** A program manager may close the current stage (the closeStage signal). */
  closeStage: boolean;
}

export interface ProgramTypeEntry<Stage extends string = string, Task extends string = string, Config = unknown> {
  /** The workflow function that runs programs of this type. */
  workflow: WorkflowName;
  /** Stages a program's row may show, in order ("completed" and "withdrawn" end it); empty: from the template. */
  stages: readonly Stage[];
  /** Task types and the role that does each; empty: from the template. */
  taskTypes: readonly Task[];
  taskRoles: Readonly<Record<Task, TemplateRole>>;
  capabilities: ProgramCapabilities;
  /** Configuration a new program starts with when none is stored; null: the template is the configuration. */
  configDefaults: Config | null;
}

const ADVOCACY_TASK_ROLE = Object.fromEntries(ADVOCACY_TASK_TYPES.map((t) => [t, 'mentor'])) as Record<AdvocacyTaskType, TemplateRole>;

export const PROGRAM_TYPE_REGISTRY = {
  institutional: {
    workflow: 'institutionalProgram',
    stages: INSTITUTIONAL_STAGES,
    taskTypes: INSTITUTIONAL_TASK_TYPES,
    taskRoles: TASK_ROLE,
    capabilities: {
      years: true,
      genderExpert: 'required',
      closeYear: true,
      mentorLimit: false,
      planDrafts: false,
      visits: true,
      records: false,
      closeStage: false,
    },
    configDefaults: DEFAULT_INSTITUTIONAL_CONFIG as InstitutionalConfig,
  },
  advocacy: {
    workflow: 'advocacyMentorship',
    stages: ADVOCACY_STAGES,
    taskTypes: ADVOCACY_TASK_TYPES,
    taskRoles: ADVOCACY_TASK_ROLE,
    capabilities: {
      years: false,
      genderExpert: 'none',
      closeYear: false,
      mentorLimit: true,
      planDrafts: true,
      visits: false,
      records: false,
      closeStage: false,
    },
    configDefaults: DEFAULT_ADVOCACY_CONFIG as AdvocacyConfig,
  },
} as const satisfies Record<ProgramType, ProgramTypeEntry>;

/** The entry every program of a console-designed type uses (programs.type is the template's key). */
export const TEMPLATE_PROGRAM_ENTRY = {
  // TEMPLATE_WORKFLOW (templates/contract.ts); written out here to keep this file free of SDK imports.
  workflow: 'templateProgram',
  stages: [],
  taskTypes: [],
  taskRoles: {},
  capabilities: {
    years: false,
    genderExpert: 'by_template',
    closeYear: false,
    mentorLimit: false,
    planDrafts: false,
    visits: false,
    records: true,
    closeStage: true,
  },
  configDefaults: null,
} as const satisfies ProgramTypeEntry<never, never, null>;

export const isBuiltInProgramType = (type: string): type is ProgramType => (PROGRAM_TYPES as readonly string[]).includes(type);

/** The entry of a program's type: its built-in entry, or the template entry for any other key. */
export function programTypeEntry(type: string): ProgramTypeEntry {
  return isBuiltInProgramType(type) ? PROGRAM_TYPE_REGISTRY[type] : TEMPLATE_PROGRAM_ENTRY;
}
