/**
 * The template language: a program type an admin designs in the console, stored as JSON in
 * PostgreSQL (drafts and published versions) and run by the generic `templateProgram` workflow.
 * Plain data types only (no SDK imports): the api, the console and the workflow share them.
 *
 * Identifiers (stage, task, record, timer, figure ids and form field keys) are
 * `^[a-z][a-z0-9_]*$` so that FEEL expressions can name them: `tasks.review.score`,
 * `count(records.meeting)`, `figures.attendance_rate`. Task ids are unique across the template
 * (a task's id is the task type in the read model and the inbox).
 */

/** A label in both console languages. */
export interface Text {
  en: string;
  tr: string;
}

/** Who does a task or may add a record. */
export const TEMPLATE_ROLES = ['mentor', 'gender_expert', 'program_manager'] as const;
export type TemplateRole = (typeof TEMPLATE_ROLES)[number];

/** Months are calendar months from the start date; seconds and minutes serve short test programs. */
export interface Duration {
  amount: number;
  unit: 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months';
}

/** A FEEL expression (feelin), without a leading '='. */
export type Feel = string;

/**
 * A form: a form-js schema (`@bpmn-io/form-js`; English labels, the schema the form builder
 * edits) and the Turkish labels by field key.
 */
export interface FormDef {
  schema: { type: 'default'; components: FormComponent[]; [k: string]: unknown };
  tr: Record<string, { label?: string; description?: string; values?: Record<string, string> }>;
}

/** The part of a form-js component the server reads; everything else is kept as the builder wrote it. */
export interface FormComponent {
  type: string;
  key?: string;
  label?: string;
  description?: string;
  values?: { label: string; value: string | number | boolean }[];
  validate?: {
    required?: boolean;
    min?: number;
    max?: number;
    minLength?: number;
    maxLength?: number;
    pattern?: string;
    validationType?: 'email' | 'phone';
  };
  /** Custom properties; `feelValidate` holds a FEEL expression the value must satisfy (`value` is the field's value). */
  properties?: Record<string, string>;
  components?: FormComponent[];
  [k: string]: unknown;
}

export interface TaskDef {
  id: string;
  name: Text;
  role: TemplateRole;
  /** Due this long after the task opens. */
  due: Duration;
  form: FormDef;
  /** Opened when the stage starts (default), or only by a timer's `open_task` action. */
  opens?: 'stage_start' | 'by_timer';
}

/** A repeatable record a stage allows (a meeting, a visit, a check-in). */
export interface RecordDef {
  id: string;
  name: Text;
  form: FormDef;
  addedBy: TemplateRole[];
}

export type TimerAction =
  { kind: 'open_task'; taskId: string } | { kind: 'remind'; role: TemplateRole; message: Text } | { kind: 'end_stage' };

export interface TimerDef {
  id: string;
  /** Counted from the stage's start, or from the last record of a kind (from the stage's start while there is none). */
  from: { kind: 'stage_start' } | { kind: 'last_record'; recordId: string };
  after: Duration;
  action: TimerAction;
  /** Fires again every `after` (from its last firing, or from the newest record) while the stage runs. */
  repeat?: boolean;
}

/** A stage ends when any of its rules holds. */
export type StageEnd =
  { kind: 'all_tasks_done' } | { kind: 'timer'; timerId: string } | { kind: 'manager_close' } | { kind: 'condition'; when: Feel };

export interface StageDef {
  id: string;
  name: Text;
  tasks: TaskDef[];
  records: RecordDef[];
  timers: TimerDef[];
  end: StageEnd[];
  /** Where to go when the stage ends: the first rule whose `when` holds (none: true); default the next stage in order. `to: 'end'` ends the cycle. */
  next?: { when?: Feel; to: string | 'end' }[];
}

/** A computed figure the program page and the report show. */
export interface FigureDef {
  id: string;
  name: Text;
  expression: Feel;
  format: 'number' | 'percent';
}

export interface TemplateDefinition {
  name: Text;
  description?: Text;
  /** Whether programs of this type have a gender expert (chosen at start). */
  genderExpert: boolean;
  stages: StageDef[];
  figures: FigureDef[];
  /** Repeat the stages every cycle (a year), `count` times; the run continues as new at each cycle. */
  cycles: { count: number };
}

/** One refusal of the checks, naming its place: `stages[1].tasks[0].role`, `figures[0].expression`. */
export interface TemplateError {
  path: string;
  message: string;
}

/**
 * What publishing produces and the workflow receives in its input: the checked definition with
 * its version. (Compiled once; the workflow never re-parses the editor's JSON.)
 */
export interface CompiledTemplate {
  key: string;
  version: number;
  definition: TemplateDefinition;
  /** Field keys per task and record form, for FEEL contexts and the report. */
  fields: { tasks: Record<string, string[]>; records: Record<string, string[]> };
}

/**
 * The FEEL context expressions see, per program:
 * `{ cycle, stage, tasks: {<taskId>: <submitted data> | null}, records: {<recordId>: [<data>...]},
 *    figures: {<figureId>: number | null} }` (the current cycle's tasks and records).
 * In a form's `feelValidate`, also `value` (the field's value) and `data` (the whole submission).
 */
export type FeelContext = Record<string, unknown>;
