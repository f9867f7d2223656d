import type { Duration, FigureDef, RecordDef, StageDef, TaskDef, TemplateDefinition, Text, TimerDef } from '../types';
import { emptyForm } from '../forms/localize';

/**
 * A stored draft made whole for the editor: a new type's draft may be `{}` or lack lists; every
 * stage, task and record gets the parts the editor edits (nothing that is there is dropped).
 */
export const normalizeDefinition = (raw: unknown, name: Text): TemplateDefinition => {
  const def = (raw && typeof raw === 'object' ? raw : {}) as Partial<TemplateDefinition>;
  const text = (value: unknown): Text => ({ en: '', tr: '', ...(value && typeof value === 'object' ? (value as Text) : {}) });
  return {
    ...def,
    name: def.name ? text(def.name) : name,
    genderExpert: !!def.genderExpert,
    cycles: { count: def.cycles?.count ?? 1 },
    figures: (def.figures ?? []).map((figure) => ({
      ...figure,
      name: text(figure.name),
      expression: figure.expression ?? '',
      format: figure.format ?? 'number',
    })),
    stages: (def.stages ?? []).map((stage) => ({
      ...stage,
      name: text(stage.name),
      tasks: (stage.tasks ?? []).map((task) => ({ ...task, name: text(task.name), form: { ...emptyForm(), ...task.form } })),
      records: (stage.records ?? []).map((record) => ({
        ...record,
        name: text(record.name),
        addedBy: record.addedBy ?? [],
        form: { ...emptyForm(), ...record.form },
      })),
      timers: stage.timers ?? [],
      end: stage.end ?? [],
    })),
  };
};

/** An identifier FEEL can name (`^[a-z][a-z0-9_]*$`) made from an English name, unique among `taken`. */
const makeId = (name: string, taken: Iterable<string>, fallback: string): string => {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+/, '')
      .replace(/_+$/, '')
      .slice(0, 40) || fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
};

/** Every id used in the template (task ids are unique across it; the rest per stage, kept unique too for clarity). */
const allIds = (definition: TemplateDefinition): string[] =>
  definition.stages
    .flatMap((stage) => [
      stage.id,
      ...stage.tasks.map((task) => task.id),
      ...stage.records.map((record) => record.id),
      ...stage.timers.map((timer) => timer.id),
    ])
    .concat(definition.figures.map((figure) => figure.id));

const oneWeek: Duration = { amount: 1, unit: 'weeks' };

export const newStage = (definition: TemplateDefinition, index: number): StageDef => ({
  id: makeId(`stage_${index + 1}`, allIds(definition), 'stage'),
  name: { en: '', tr: '' },
  tasks: [],
  records: [],
  timers: [],
  end: [{ kind: 'all_tasks_done' }],
});

export const newTask = (definition: TemplateDefinition): TaskDef => ({
  id: makeId('task', allIds(definition), 'task'),
  name: { en: '', tr: '' },
  role: 'mentor',
  due: { ...oneWeek },
  form: emptyForm(),
  opens: 'stage_start',
});

export const newRecord = (definition: TemplateDefinition): RecordDef => ({
  id: makeId('record', allIds(definition), 'record'),
  name: { en: '', tr: '' },
  form: emptyForm(),
  addedBy: ['mentor'],
});

export const newTimer = (definition: TemplateDefinition): TimerDef => ({
  id: makeId('timer', allIds(definition), 'timer'),
  from: { kind: 'stage_start' },
  after: { ...oneWeek },
  action: { kind: 'end_stage' },
});

export const newFigure = (definition: TemplateDefinition): FigureDef => ({
  id: makeId('figure', allIds(definition), 'figure'),
  name: { en: '', tr: '' },
  expression: '',
  format: 'number',
});

/** Moves an item of a list (reorder by buttons or by drag). */
export const move = <T>(list: T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};
