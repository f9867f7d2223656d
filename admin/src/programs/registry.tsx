import { lazy, type ComponentType } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import CampaignIcon from '@mui/icons-material/Campaign';
import DynamicFormIcon from '@mui/icons-material/DynamicFormOutlined';
import type { SvgIconProps } from '@mui/material';
import { AdvocacyControls } from '../advocacy/controls/AdvocacyControls';
import { ADVOCACY_FORMS } from '../advocacy/forms';
import { GenderPlanReviewForm } from '../institutional/forms/GenderPlanReviewForm';
import { GenderReportForm } from '../institutional/forms/GenderReportForm';
import { ImprovementPlanForm } from '../institutional/forms/ImprovementPlanForm';
import { ReEvaluationForm } from '../institutional/forms/ReEvaluationForm';
import { SelfAssessmentForm } from '../institutional/forms/SelfAssessmentForm';
import type { TaskFormPageProps } from '../tasks/forms/types';
import { TemplateControls } from '../templatePrograms/TemplateControls';
import { TemplateTaskForm } from '../templatePrograms/TemplateTaskForm';
import { ProgramControls } from './controls/ProgramControls';
import { InstitutionalCreateFields, NoCreateFields, TemplateCreateFields } from './create/CreateFields';

/**
 * The console's registry of program types (issue 10, part 1): what each type fills in the
 * console. A new built-in type is one more key of BuiltInProgramType, and the compiler then lists
 * every field its entry must fill; types designed in the console all share the `template` entry.
 */
import { BUILT_IN_PROGRAM_TYPES, isBuiltInProgramType, type BuiltInProgramType } from './builtInTypes';

export { BUILT_IN_PROGRAM_TYPES, isBuiltInProgramType, type BuiltInProgramType };

/** A program as the registry's pages receive it (each page narrows it to its own record). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyProgram = any;

export interface ProgramTypeEntry {
  /** Translation key of the type's name (template types use their own designed name instead). */
  label: string;
  /** Translation key of what starting one does (ProgramCreate). */
  createHelp: string;
  icon: ComponentType<SvgIconProps>;
  /** The program page, stepper included (lazy: the task pages do not need it). */
  Page: ComponentType<{ program: AnyProgram }>;
  /** The program manager's controls in the page's toolbar. */
  Controls: ComponentType;
  /** Task forms by task type; `'*'` serves every task of the type (template types' designed forms). */
  taskForms: Record<string, ComponentType<TaskFormPageProps>>;
  /** Inputs ProgramCreate adds for this type. */
  CreateFields: ComponentType;
  /** The create payload for this type: what it has not is left out. */
  createPayload: (data: Record<string, unknown>) => Record<string, unknown>;
  /** The configuration page's tabs of this type (template types are configured in the designer). */
  configTabs: readonly string[];
}

const InstitutionalPage = lazy(() => import('./pages').then((m) => ({ default: m.InstitutionalProgramPage })));
const AdvocacyPage = lazy(() => import('./pages').then((m) => ({ default: m.AdvocacyProgramPageWithBanner })));
const TemplatePage = lazy(() => import('./pages').then((m) => ({ default: m.TemplateProgramPage })));

const without = (data: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));

export const PROGRAM_TYPES: Record<BuiltInProgramType, ProgramTypeEntry> = {
  institutional: {
    label: 'mentorflow.program_types.institutional',
    createHelp: 'mentorflow.programs.create_help',
    icon: AccountTreeIcon,
    Page: InstitutionalPage,
    Controls: ProgramControls,
    taskForms: {
      self_assessment: SelfAssessmentForm,
      gender_report: GenderReportForm,
      improvement_plan: ImprovementPlanForm,
      gender_plan_review: GenderPlanReviewForm,
      re_evaluation: ReEvaluationForm,
    },
    CreateFields: InstitutionalCreateFields,
    createPayload: (data) => without(data, 'override'),
    configTabs: ['model', 'grades', 'study_types', 'durations'],
  },
  advocacy: {
    label: 'mentorflow.program_types.advocacy',
    createHelp: 'mentorflow.advocacy.create.help',
    icon: CampaignIcon,
    Page: AdvocacyPage,
    Controls: AdvocacyControls,
    taskForms: ADVOCACY_FORMS,
    CreateFields: NoCreateFields,
    // The mentor limit's override only when confirmed.
    createPayload: (data) =>
      data.override === true ? without(data, 'genderExpertId', 'years') : without(data, 'genderExpertId', 'years', 'override'),
    configTabs: ['advocacy'],
  },
};

/** Every type designed in the console (issue 10): one generic page, the designed forms. */
export const TEMPLATE_PROGRAM_TYPE: ProgramTypeEntry = {
  label: 'mentorflow.program_types.template',
  createHelp: 'mentorflow.template_programs.create_help',
  icon: DynamicFormIcon,
  Page: TemplatePage,
  Controls: TemplateControls,
  taskForms: { '*': TemplateTaskForm },
  CreateFields: TemplateCreateFields,
  createPayload: (data) => without(data, 'years', 'override', ...(data.genderExpertId ? [] : ['genderExpertId'])),
  configTabs: [],
};

/** The entry of a program type key (a key that is not built in is a designed type). */
export const programTypeEntry = (type: string | undefined | null): ProgramTypeEntry =>
  isBuiltInProgramType(type) ? PROGRAM_TYPES[type] : TEMPLATE_PROGRAM_TYPE;

/**
 * The form of a task: a template task carries its designed form (GET /tasks/:id adds `form`);
 * a built-in task has its type's own form.
 */
export const taskFormFor = (task: { type: string; form?: unknown }): ComponentType<TaskFormPageProps> | undefined => {
  if (task.form) return TEMPLATE_PROGRAM_TYPE.taskForms['*'];
  return Object.values(PROGRAM_TYPES).find((entry) => task.type in entry.taskForms)?.taskForms[task.type];
};
