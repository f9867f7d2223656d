/**
 * The checks a template passes before it is published, and its compilation. Every refusal names
 * its place as a JS-style path (`stages[1].tasks[0].role`) so the console can show it on the
 * field. Pure: the api runs it on save and publish, the console may run it as the admin types.
 */
import { parseFeel, type FeelRef } from './feel';
import { DISPLAY_TYPES, formFields, isInputType } from './forms';
import {
  TEMPLATE_ROLES,
  type CompiledTemplate,
  type Duration,
  type FormDef,
  type StageDef,
  type TemplateDefinition,
  type TemplateError,
} from './language';

export type CheckResult = { ok: true; compiled: CompiledTemplate } | { ok: false; errors: TemplateError[] };

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const ID_MAX = 40;
export const LIMITS = {
  stages: 30,
  tasks: 30,
  records: 10,
  timers: 20,
  figures: 30,
  components: 100,
  values: 100,
  cycles: 50,
  text: 200,
  message: 1000,
} as const;
const DURATION_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months'] as const;
/** The longest due period or timer: ten years. */
const DURATION_MAX: Record<Duration['unit'], number> = {
  seconds: 315_360_000,
  minutes: 5_256_000,
  hours: 87_600,
  days: 3650,
  weeks: 520,
  months: 120,
};
/** Names a stage id may not take: they mean something else in `next` and the read model. */
const RESERVED_STAGE_IDS = ['end', 'completed', 'withdrawn'];
/** Context names every stage expression and figure may read (see FeelContext). */
export const ROOT_NAMES = ['cycle', 'stage', 'tasks', 'records', 'figures', 'previous'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Errors {
  readonly list: TemplateError[] = [];
  add(path: string, message: string): false {
    if (!this.list.some((e) => e.path === path)) this.list.push({ path, message });
    return false;
  }
  keys(path: string, v: Obj, allowed: readonly string[]) {
    for (const k of Object.keys(v)) if (!allowed.includes(k)) this.add(join(path, k), `${k} is not part of a template here`);
  }
  object(path: string, v: unknown): v is Obj {
    return isObj(v) || this.add(path, 'must be an object');
  }
  array(path: string, v: unknown, min: number, max: number): v is unknown[] {
    if (!Array.isArray(v)) return this.add(path, 'must be a list');
    if (v.length < min) return this.add(path, min === 1 ? 'needs at least one entry' : `needs at least ${min} entries`);
    if (v.length > max) return this.add(path, `can hold at most ${max} entries`);
    return true;
  }
  string(path: string, v: unknown, max: number = LIMITS.text): v is string {
    if (typeof v !== 'string' || !v.trim()) return this.add(path, 'is required');
    if (v.length > max) return this.add(path, `must be at most ${max} characters`);
    return true;
  }
  text(path: string, v: unknown, max: number = LIMITS.text): boolean {
    if (!this.object(path, v)) return false;
    this.keys(path, v, ['en', 'tr']);
    const en = this.string(`${path}.en`, v.en, max);
    const tr = this.string(`${path}.tr`, v.tr, max);
    return en && tr;
  }
  id(path: string, v: unknown): v is string {
    if (typeof v !== 'string' || !v) return this.add(path, 'is required');
    if (v.length > ID_MAX) return this.add(path, `must be at most ${ID_MAX} characters`);
    if (!ID_PATTERN.test(v)) return this.add(path, 'must start with a lowercase letter and hold only lowercase letters, digits and _');
    return true;
  }
  oneOf(path: string, v: unknown, allowed: readonly string[]): boolean {
    return (typeof v === 'string' && allowed.includes(v)) || this.add(path, `must be one of: ${allowed.join(', ')}`);
  }
  duration(path: string, v: unknown): boolean {
    if (!this.object(path, v)) return false;
    this.keys(path, v, ['amount', 'unit']);
    if (!this.oneOf(`${path}.unit`, v.unit, DURATION_UNITS)) return false;
    const max = DURATION_MAX[v.unit as Duration['unit']];
    if (typeof v.amount !== 'number' || !Number.isInteger(v.amount) || v.amount < 1 || v.amount > max) {
      return this.add(`${path}.amount`, `must be a whole number from 1 to ${max}`);
    }
    return true;
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Field keys by task and record id, read leniently (the structure is checked elsewhere). */
function fieldIndex(def: Obj): CompiledTemplate['fields'] {
  const fields: CompiledTemplate['fields'] = { tasks: {}, records: {} };
  for (const stage of Array.isArray(def.stages) ? def.stages : []) {
    if (!isObj(stage)) continue;
    for (const t of Array.isArray(stage.tasks) ? stage.tasks : []) {
      if (isObj(t) && typeof t.id === 'string')
        fields.tasks[t.id] = isObj(t.form) ? formFields(t.form as unknown as FormDef).map((f) => f.key) : [];
    }
    for (const r of Array.isArray(stage.records) ? stage.records : []) {
      if (isObj(r) && typeof r.id === 'string')
        fields.records[r.id] = isObj(r.form) ? formFields(r.form as unknown as FormDef).map((f) => f.key) : [];
    }
  }
  return fields;
}

/** Checks a definition and compiles it; every error names its place. */
export function checkTemplate(key: string, version: number, def: unknown): CheckResult {
  const e = new Errors();
  if (!e.object('', def)) return { ok: false, errors: [{ path: 'definition', message: 'must be an object' }] };
  e.keys('', def, ['name', 'description', 'genderExpert', 'stages', 'figures', 'cycles']);
  e.text('name', def.name);
  if (def.description !== undefined) e.text('description', def.description, LIMITS.message);
  if (typeof def.genderExpert !== 'boolean') e.add('genderExpert', 'must be true or false');
  if (e.object('cycles', def.cycles)) {
    e.keys('cycles', def.cycles, ['count']);
    const n = def.cycles.count;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > LIMITS.cycles)
      e.add('cycles.count', `must be a whole number from 1 to ${LIMITS.cycles}`);
  }
  const fields = fieldIndex(def);
  const roles = def.genderExpert === false ? TEMPLATE_ROLES.filter((r) => r !== 'gender_expert') : TEMPLATE_ROLES;

  const stageIds: string[] = [];
  const taskIds = new Map<string, string>();
  const recordIds = new Map<string, string>();
  const figureIds: string[] = [];
  if (e.array('stages', def.stages, 1, LIMITS.stages)) {
    def.stages.forEach((st, i) => {
      const p = `stages[${i}]`;
      if (!isObj(st)) return e.add(p, 'must be an object');
      if (e.id(`${p}.id`, st.id)) {
        if (RESERVED_STAGE_IDS.includes(st.id)) e.add(`${p}.id`, `${st.id} is reserved; choose another id`);
        else if (stageIds.includes(st.id)) e.add(`${p}.id`, `another stage already has the id ${st.id}`);
        stageIds.push(st.id);
      }
      if (Array.isArray(st.tasks))
        st.tasks.forEach((t, j) => isObj(t) && typeof t.id === 'string' && noteUnique(e, taskIds, t.id, `${p}.tasks[${j}].id`, 'task'));
      if (Array.isArray(st.records))
        st.records.forEach(
          (r, j) => isObj(r) && typeof r.id === 'string' && noteUnique(e, recordIds, r.id, `${p}.records[${j}].id`, 'record'),
        );
    });
  }
  if (e.array('figures', def.figures, 0, LIMITS.figures)) {
    def.figures.forEach((f, i) => {
      if (isObj(f) && typeof f.id === 'string') {
        if (figureIds.includes(f.id)) e.add(`figures[${i}].id`, `another figure already has the id ${f.id}`);
        figureIds.push(f.id);
      }
    });
  }

  /** Resolves what an expression reads against the template: unknown names and fields are refused. */
  const checkFeel = (path: string, expr: unknown, figuresVisible: readonly string[]) => {
    if (typeof expr !== 'string') return e.add(path, 'must be a FEEL expression (text)');
    const parsed = parseFeel(expr);
    if (!parsed.ok) return e.add(path, `The expression ${parsed.message}`);
    for (const ref of parsed.refs) {
      const problem = refProblem(ref, fields, figuresVisible, figureIds);
      if (problem) return e.add(path, problem);
    }
    return true;
  };

  if (Array.isArray(def.stages)) {
    def.stages.forEach((st, i) => {
      if (isObj(st)) checkStage(e, `stages[${i}]`, st, stageIds, roles, (path, expr) => checkFeel(path, expr, figureIds));
    });
    checkReachability(e, def.stages);
  }
  if (Array.isArray(def.figures)) {
    def.figures.forEach((f, i) => {
      const p = `figures[${i}]`;
      if (!e.object(p, f)) return;
      e.keys(p, f, ['id', 'name', 'expression', 'format']);
      e.id(`${p}.id`, f.id);
      e.text(`${p}.name`, f.name);
      e.oneOf(`${p}.format`, f.format, ['number', 'percent']);
      // A figure reads only the figures before it: no cycles, one pass computes them all.
      checkFeel(`${p}.expression`, f.expression, figureIds.slice(0, i));
    });
  }
  if (!e.list.length && (typeof key !== 'string' || !key)) e.add('key', 'is required');
  if (e.list.length) return { ok: false, errors: e.list };
  return { ok: true, compiled: { key, version, definition: JSON.parse(JSON.stringify(def)) as TemplateDefinition, fields } };
}

function noteUnique(e: Errors, seen: Map<string, string>, id: string, path: string, what: string) {
  const first = seen.get(id);
  if (first) e.add(path, `another ${what} (${first}) already has the id ${id}; ${what} ids are unique in the template`);
  else seen.set(id, path);
}

function refProblem(
  ref: FeelRef,
  fields: CompiledTemplate['fields'],
  figures: readonly string[],
  allFigures: readonly string[],
): string | null {
  const [head, second, third] = ref.path;
  if (ref.inFilterOf && !(ROOT_NAMES as readonly string[]).includes(head)) {
    // A bare name in `records.<kind>[...]` is a property of that kind's records.
    const [base, kind] = ref.inFilterOf;
    if (head === 'item') return null;
    if (base === 'records' && fields.records[kind] && !fields.records[kind].includes(head)) {
      return `The expression refers to ${head}, which is not a field of the record ${kind}`;
    }
    return null;
  }
  switch (head) {
    case 'cycle':
    case 'stage':
      return second ? `The expression refers to ${ref.path.join('.')}, but ${head} has no fields` : null;
    case 'tasks':
    case 'records': {
      if (!second) return null;
      const what = head === 'tasks' ? 'task' : 'record';
      const form = fields[head][second];
      if (!form) return `The expression refers to ${head}.${second}, but there is no ${what} ${second}`;
      if (third && !form.includes(third))
        return `The expression refers to ${head}.${second}.${third}, but the form of ${what} ${second} has no field ${third}`;
      return null;
    }
    case 'figures':
      if (second && !figures.includes(second))
        return `The expression refers to figures.${second}, which is not a figure defined before this one`;
      return null;
    case 'previous': {
      // The previous cycle's figures (all of them are known by then) and task submissions.
      if (!second) return null;
      if (second !== 'figures' && second !== 'tasks')
        return `The expression refers to ${ref.path.join('.')}; previous holds figures and tasks`;
      return refProblem({ path: ref.path.slice(1), from: ref.from }, fields, allFigures, allFigures);
    }
    default:
      return `The expression refers to ${ref.path.join('.')}, which is unknown (it can read ${ROOT_NAMES.join(', ')})`;
  }
}

function checkStage(
  e: Errors,
  p: string,
  st: Obj,
  stageIds: string[],
  roles: readonly string[],
  feel: (path: string, expr: unknown) => boolean,
) {
  e.keys(p, st, ['id', 'name', 'tasks', 'records', 'timers', 'end', 'next']);
  e.text(`${p}.name`, st.name);
  const tasks = e.array(`${p}.tasks`, st.tasks, 0, LIMITS.tasks) ? st.tasks : [];
  const records = e.array(`${p}.records`, st.records, 0, LIMITS.records) ? st.records : [];
  const timers = e.array(`${p}.timers`, st.timers, 0, LIMITS.timers) ? st.timers : [];
  const stageTaskIds = tasks.map((t) => (isObj(t) ? t.id : undefined));
  const stageRecordIds = records.map((r) => (isObj(r) ? r.id : undefined));
  const timerIds: unknown[] = [];
  const openedByTimer = new Set<unknown>();

  tasks.forEach((t, j) => {
    const tp = `${p}.tasks[${j}]`;
    if (!e.object(tp, t)) return;
    e.keys(tp, t, ['id', 'name', 'role', 'due', 'form', 'opens']);
    e.id(`${tp}.id`, t.id);
    e.text(`${tp}.name`, t.name);
    if (t.role === undefined || t.role === null || t.role === '') e.add(`${tp}.role`, 'Every task needs a role: who does it');
    else if (t.role === 'gender_expert' && !roles.includes('gender_expert'))
      e.add(`${tp}.role`, 'This program type has no gender expert (genderExpert is false)');
    else e.oneOf(`${tp}.role`, t.role, TEMPLATE_ROLES);
    e.duration(`${tp}.due`, t.due);
    checkForm(e, `${tp}.form`, t.form);
    if (t.opens !== undefined) e.oneOf(`${tp}.opens`, t.opens, ['stage_start', 'by_timer']);
  });
  records.forEach((r, j) => {
    const rp = `${p}.records[${j}]`;
    if (!e.object(rp, r)) return;
    e.keys(rp, r, ['id', 'name', 'form', 'addedBy']);
    e.id(`${rp}.id`, r.id);
    e.text(`${rp}.name`, r.name);
    checkForm(e, `${rp}.form`, r.form);
    if (e.array(`${rp}.addedBy`, r.addedBy, 1, TEMPLATE_ROLES.length)) {
      r.addedBy.forEach((role, k) => e.oneOf(`${rp}.addedBy[${k}]`, role, roles));
      if (new Set(r.addedBy).size !== r.addedBy.length) e.add(`${rp}.addedBy`, 'names a role twice');
    }
  });
  timers.forEach((tm, j) => {
    const mp = `${p}.timers[${j}]`;
    if (!e.object(mp, tm)) return;
    e.keys(mp, tm, ['id', 'from', 'after', 'action', 'repeat']);
    if (e.id(`${mp}.id`, tm.id)) {
      if (timerIds.includes(tm.id)) e.add(`${mp}.id`, `another timer of this stage already has the id ${tm.id}`);
      timerIds.push(tm.id);
    }
    if (e.object(`${mp}.from`, tm.from) && e.oneOf(`${mp}.from.kind`, tm.from.kind, ['stage_start', 'last_record'])) {
      e.keys(`${mp}.from`, tm.from, tm.from.kind === 'last_record' ? ['kind', 'recordId'] : ['kind']);
      if (tm.from.kind === 'last_record' && !stageRecordIds.includes(tm.from.recordId as string)) {
        e.add(`${mp}.from.recordId`, `must name a record of this stage (${stageRecordIds.filter(Boolean).join(', ') || 'it has none'})`);
      }
    }
    e.duration(`${mp}.after`, tm.after);
    if (tm.repeat !== undefined && typeof tm.repeat !== 'boolean') e.add(`${mp}.repeat`, 'must be true or false');
    const a = tm.action;
    if (e.object(`${mp}.action`, a) && e.oneOf(`${mp}.action.kind`, a.kind, ['open_task', 'remind', 'end_stage'])) {
      if (a.kind === 'open_task') {
        e.keys(`${mp}.action`, a, ['kind', 'taskId']);
        if (!stageTaskIds.includes(a.taskId as string))
          e.add(`${mp}.action.taskId`, `must name a task of this stage (${stageTaskIds.filter(Boolean).join(', ') || 'it has none'})`);
        openedByTimer.add(a.taskId);
      } else if (a.kind === 'remind') {
        e.keys(`${mp}.action`, a, ['kind', 'role', 'message']);
        e.oneOf(`${mp}.action.role`, a.role, roles);
        e.text(`${mp}.action.message`, a.message, LIMITS.message);
      } else e.keys(`${mp}.action`, a, ['kind']);
    }
  });
  tasks.forEach((t, j) => {
    if (isObj(t) && t.opens === 'by_timer' && !openedByTimer.has(t.id))
      e.add(`${p}.tasks[${j}].opens`, `No timer of this stage opens the task ${String(t.id)}`);
  });
  if (e.array(`${p}.end`, st.end, 1, 10)) {
    st.end.forEach((rule, k) => {
      const ep = `${p}.end[${k}]`;
      if (!e.object(ep, rule) || !e.oneOf(`${ep}.kind`, rule.kind, ['all_tasks_done', 'timer', 'manager_close', 'condition'])) return;
      if (rule.kind === 'timer') {
        e.keys(ep, rule, ['kind', 'timerId']);
        if (!timerIds.includes(rule.timerId))
          e.add(`${ep}.timerId`, `must name a timer of this stage (${timerIds.join(', ') || 'it has none'})`);
      } else if (rule.kind === 'condition') {
        e.keys(ep, rule, ['kind', 'when']);
        feel(`${ep}.when`, rule.when);
      } else {
        e.keys(ep, rule, ['kind']);
        if (rule.kind === 'all_tasks_done' && !tasks.length)
          e.add(`${ep}.kind`, 'The stage has no tasks: "all tasks done" would end it at once');
      }
    });
  }
  if (st.next !== undefined && e.array(`${p}.next`, st.next, 1, 10)) {
    st.next.forEach((rule, k) => {
      const np = `${p}.next[${k}]`;
      if (!e.object(np, rule)) return;
      e.keys(np, rule, ['when', 'to']);
      if (rule.to !== 'end' && !stageIds.includes(rule.to as string))
        e.add(`${np}.to`, `must name a stage (${stageIds.join(', ')}) or end`);
      if (rule.when !== undefined) feel(`${np}.when`, rule.when);
    });
  }
}

/** Where a stage may go next: its rules' targets, and the next stage in order unless a rule without `when` catches all. */
export function successors(stages: readonly Partial<StageDef>[], i: number): (number | 'end')[] {
  const st = stages[i];
  const index = (id: string) => stages.findIndex((s) => s?.id === id);
  const fallthrough: number | 'end' = i + 1 < stages.length ? i + 1 : 'end';
  const rules = Array.isArray(st?.next) ? st.next : [];
  const out: (number | 'end')[] = rules.map((r) => (r?.to === 'end' ? 'end' : index(r?.to as string))).filter((x) => x !== -1);
  if (!rules.some((r) => r && r.when === undefined)) out.push(fallthrough);
  return out;
}

function checkReachability(e: Errors, stages: unknown[]) {
  if (e.list.some((x) => /^stages\[\d+\]\.(id|next)/.test(x.path))) return; // ids first: the graph would be wrong
  const defs = stages as Partial<StageDef>[];
  const seen = new Set<number>([0]);
  const queue = [0];
  while (queue.length) {
    for (const n of successors(defs, queue.shift()!))
      if (n !== 'end' && !seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
  }
  defs.forEach((st, i) => {
    if (!seen.has(i)) e.add(`stages[${i}]`, `The stage ${st?.id} cannot be reached from the first stage`);
  });
  // Every reachable stage must be able to lead to the end of the cycle.
  const ends = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    defs.forEach((_, i) => {
      if (!ends.has(i) && successors(defs, i).some((n) => n === 'end' || ends.has(n))) {
        ends.add(i);
        grew = true;
      }
    });
  }
  defs.forEach((st, i) => {
    if (seen.has(i) && !ends.has(i)) e.add(`stages[${i}].next`, `From the stage ${st?.id} the cycle can never end`);
  });
}

function checkForm(e: Errors, p: string, form: unknown) {
  if (!e.object(p, form)) return;
  e.keys(p, form, ['schema', 'tr']);
  if (!e.object(`${p}.schema`, form.schema)) return;
  const schema = form.schema;
  if (schema.type !== 'default') e.add(`${p}.schema.type`, 'must be default (a form-js form)');
  const tr = isObj(form.tr) ? form.tr : (e.add(`${p}.tr`, 'must be an object of Turkish labels by field key'), {});
  const keys = new Set<string>();
  let count = 0;
  const visit = (components: unknown, cp: string, depth: number) => {
    if (!e.array(cp, components, 0, LIMITS.components)) return;
    components.forEach((c, k) => {
      const path = `${cp}[${k}]`;
      count += 1;
      if (!e.object(path, c)) return;
      const type = c.type;
      const cond = c.conditional;
      if (cond !== undefined) {
        if (!isObj(cond) || (cond.hide !== undefined && typeof cond.hide !== 'string'))
          e.add(`${path}.conditional`, 'must be { hide: <FEEL expression> }');
        else if (typeof cond.hide === 'string' && cond.hide.trim()) pendingHide.push({ path: `${path}.conditional.hide`, expr: cond.hide });
      }
      if (type === 'group') {
        if (c.path) e.add(`${path}.path`, 'Groups with a path are not supported: give the fields their own keys');
        if (depth >= 3) e.add(path, 'Groups nest at most 3 deep');
        else visit(c.components ?? [], `${path}.components`, depth + 1);
        return;
      }
      if ((DISPLAY_TYPES as readonly string[]).includes(type as string)) return;
      if (typeof type !== 'string' || !isInputType(type))
        return e.add(`${path}.type`, `The form field type ${String(type)} is not supported`);
      if (!e.id(`${path}.key`, c.key)) return;
      const key = c.key;
      if (keys.has(key)) e.add(`${path}.key`, `another field of this form already has the key ${key}`);
      keys.add(key);
      e.string(`${path}.label`, c.label, LIMITS.message);
      const trEntry = tr[key];
      if (!isObj(trEntry) || typeof trEntry.label !== 'string' || !trEntry.label.trim())
        e.add(`${p}.tr.${key}.label`, 'The Turkish label is required');
      if (type === 'datetime' && c.subtype !== 'date') e.add(`${path}.subtype`, 'Only date fields are supported (subtype date)');
      if (type === 'number' && c.serializeToString) e.add(`${path}.serializeToString`, 'Numbers must be submitted as numbers');
      if (type === 'select' || type === 'radio' || type === 'checklist') {
        if (c.valuesKey || c.valuesExpression) e.add(`${path}.values`, 'Options must be listed in the form (no dynamic options)');
        else if (e.array(`${path}.values`, c.values, 1, LIMITS.values)) {
          const seen = new Set<unknown>();
          c.values.forEach((o, m) => {
            if (!isObj(o) || !['string', 'number', 'boolean'].includes(typeof o.value) || o.value === '')
              return e.add(`${path}.values[${m}]`, 'needs a label and a value');
            e.string(`${path}.values[${m}].label`, o.label);
            if (seen.has(o.value)) e.add(`${path}.values[${m}].value`, `the value ${String(o.value)} is listed twice`);
            seen.add(o.value);
            const trValues = isObj(trEntry) && isObj(trEntry.values) ? trEntry.values : {};
            if (typeof trValues[String(o.value)] !== 'string' || !(trValues[String(o.value)] as string).trim()) {
              e.add(`${p}.tr.${key}.values.${String(o.value)}`, 'The Turkish label of this option is required');
            }
          });
        }
      }
      const v = c.validate;
      if (v !== undefined) {
        if (!e.object(`${path}.validate`, v)) return;
        e.keys(`${path}.validate`, v, ['required', 'min', 'max', 'minLength', 'maxLength', 'pattern', 'validationType']);
        if (v.required !== undefined && typeof v.required !== 'boolean') e.add(`${path}.validate.required`, 'must be true or false');
        for (const n of ['min', 'max'] as const)
          if (v[n] !== undefined && (typeof v[n] !== 'number' || !Number.isFinite(v[n])))
            e.add(`${path}.validate.${n}`, 'must be a number');
        for (const n of ['minLength', 'maxLength'] as const)
          if (v[n] !== undefined && (typeof v[n] !== 'number' || !Number.isInteger(v[n]) || (v[n] as number) < 0))
            e.add(`${path}.validate.${n}`, 'must be a whole number');
        if (typeof v.min === 'number' && typeof v.max === 'number' && v.min > v.max) e.add(`${path}.validate.max`, 'must not be below min');
        if (typeof v.minLength === 'number' && typeof v.maxLength === 'number' && v.minLength > v.maxLength)
          e.add(`${path}.validate.maxLength`, 'must not be below minLength');
        if (v.pattern !== undefined) {
          if (typeof v.pattern !== 'string' || v.pattern.length > 500)
            e.add(`${path}.validate.pattern`, 'must be a regular expression of at most 500 characters');
          else {
            try {
              new RegExp(v.pattern);
            } catch {
              e.add(`${path}.validate.pattern`, 'is not a valid regular expression');
            }
          }
        }
        if (v.validationType !== undefined) e.oneOf(`${path}.validate.validationType`, v.validationType, ['email', 'phone']);
      }
      const props = c.properties;
      if (props !== undefined && e.object(`${path}.properties`, props) && props.feelValidate !== undefined) {
        pendingFeelValidate.push({ path: `${path}.properties.feelValidate`, expr: props.feelValidate });
      }
    });
  };
  const pendingFeelValidate: { path: string; expr: unknown }[] = [];
  const pendingHide: { path: string; expr: string }[] = [];
  visit(schema.components, `${p}.schema.components`, 0);
  if (count > LIMITS.components) e.add(`${p}.schema.components`, `A form holds at most ${LIMITS.components} components`);
  // form-js evaluates a hide condition over the form's data: its names are this form's fields.
  for (const { path, expr } of pendingHide) {
    const parsed = parseFeel(expr);
    if (!parsed.ok) {
      e.add(path, `The expression ${parsed.message}`);
      continue;
    }
    const unknown = parsed.refs.find((r) => !r.inFilterOf && !keys.has(r.path[0]));
    if (unknown) e.add(path, `The expression refers to ${unknown.path[0]}, but this form has no field ${unknown.path[0]}`);
  }
  // A field's FEEL validation reads `value` and `data.<field of this form>`.
  for (const { path, expr } of pendingFeelValidate) {
    if (typeof expr !== 'string') {
      e.add(path, 'must be a FEEL expression (text)');
      continue;
    }
    const parsed = parseFeel(expr);
    if (!parsed.ok) {
      e.add(path, `The expression ${parsed.message}`);
      continue;
    }
    for (const ref of parsed.refs) {
      const [head, field] = ref.path;
      if (ref.inFilterOf && head !== 'value' && head !== 'data') continue;
      if (head === 'value') continue;
      if (head === 'data' && (!field || keys.has(field))) continue;
      e.add(
        path,
        head === 'data'
          ? `The expression refers to data.${field}, but this form has no field ${field}`
          : `The expression refers to ${ref.path.join('.')}; a field's validation can read value and data.<field>`,
      );
      break;
    }
  }
}
