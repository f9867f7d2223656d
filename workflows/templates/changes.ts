/**
 * What changed between two versions of a template, in English sentences naming stages, tasks,
 * records, timers and figures (the versions list shows them). Pure.
 */
import { formFields } from './forms';
import type { FigureDef, FormDef, RecordDef, StageDef, TaskDef, TemplateDefinition, TimerDef } from './language';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const dur = (d: { amount: number; unit: string } | undefined) =>
  d ? `${d.amount} ${d.amount === 1 ? d.unit.replace(/s$/, '') : d.unit}` : 'none';
const role = (r: string) => r.replace(/_/g, ' ');

function byId<T extends { id: string }>(prev: readonly T[] = [], next: readonly T[] = []) {
  const before = new Map(prev.map((x) => [x.id, x]));
  const after = new Map(next.map((x) => [x.id, x]));
  return {
    added: next.filter((x) => !before.has(x.id)),
    removed: prev.filter((x) => !after.has(x.id)),
    kept: next.filter((x) => before.has(x.id)).map((x) => [before.get(x.id)!, x] as const),
  };
}

function formChanges(what: string, a: FormDef, b: FormDef): string[] {
  if (same(a, b)) return [];
  const fa = formFields(a);
  const fb = formFields(b);
  const out: string[] = [];
  const keysA = new Set(fa.map((f) => f.key));
  const keysB = new Set(fb.map((f) => f.key));
  for (const f of fb) if (!keysA.has(f.key)) out.push(`${what}: field "${f.label}" (${f.key}) added`);
  for (const f of fa) if (!keysB.has(f.key)) out.push(`${what}: field "${f.label}" (${f.key}) removed`);
  for (const f of fb) {
    const old = fa.find((x) => x.key === f.key);
    if (old && !same(old.component, f.component)) out.push(`${what}: field "${f.label}" (${f.key}) changed`);
  }
  if (!out.length) out.push(`${what}: form layout or Turkish labels changed`);
  return out;
}

function taskChanges(stage: string, a: TaskDef, b: TaskDef): string[] {
  const t = `Task "${b.name.en}" (${b.id}) in stage "${stage}"`;
  const out: string[] = [];
  if (!same(a.name, b.name)) out.push(`${t} renamed (was "${a.name.en}")`);
  if (a.role !== b.role) out.push(`${t}: role ${role(a.role)} → ${role(b.role)}`);
  if (!same(a.due, b.due)) out.push(`${t}: due after ${dur(a.due)} → ${dur(b.due)}`);
  if ((a.opens ?? 'stage_start') !== (b.opens ?? 'stage_start'))
    out.push(`${t}: now opens ${b.opens === 'by_timer' ? 'by a timer' : 'when the stage starts'}`);
  out.push(...formChanges(t, a.form, b.form));
  return out;
}

function recordChanges(stage: string, a: RecordDef, b: RecordDef): string[] {
  const r = `Record "${b.name.en}" (${b.id}) in stage "${stage}"`;
  const out: string[] = [];
  if (!same(a.name, b.name)) out.push(`${r} renamed (was "${a.name.en}")`);
  if (!same(a.addedBy, b.addedBy)) out.push(`${r}: added by ${b.addedBy.map(role).join(', ')} (was ${a.addedBy.map(role).join(', ')})`);
  out.push(...formChanges(r, a.form, b.form));
  return out;
}

function timerText(t: TimerDef): string {
  const from = t.from.kind === 'stage_start' ? 'the stage start' : `the last ${t.from.recordId}`;
  const action =
    t.action.kind === 'open_task'
      ? `opens ${t.action.taskId}`
      : t.action.kind === 'remind'
        ? `reminds the ${role(t.action.role)}`
        : 'ends the stage';
  return `${dur(t.after)} after ${from}${t.repeat ? ' (repeating)' : ''}, ${action}`;
}

function stageChanges(a: StageDef, b: StageDef): string[] {
  const s = `Stage "${b.name.en}" (${b.id})`;
  const out: string[] = [];
  if (!same(a.name, b.name)) out.push(`${s} renamed (was "${a.name.en}")`);
  const tasks = byId(a.tasks, b.tasks);
  for (const t of tasks.added) out.push(`${s}: task "${t.name.en}" (${t.id}) added, for the ${role(t.role)}, due after ${dur(t.due)}`);
  for (const t of tasks.removed) out.push(`${s}: task "${t.name.en}" (${t.id}) removed`);
  for (const [x, y] of tasks.kept) out.push(...taskChanges(b.name.en, x, y));
  const order = (l: { id: string }[]) =>
    l.map((x) => x.id).filter((id) => a.tasks.some((t) => t.id === id) && b.tasks.some((t) => t.id === id));
  if (!same(order(a.tasks), order(b.tasks))) out.push(`${s}: tasks reordered`);
  const records = byId(a.records, b.records);
  for (const r of records.added) out.push(`${s}: record "${r.name.en}" (${r.id}) added`);
  for (const r of records.removed) out.push(`${s}: record "${r.name.en}" (${r.id}) removed`);
  for (const [x, y] of records.kept) out.push(...recordChanges(b.name.en, x, y));
  const timers = byId(a.timers, b.timers);
  for (const t of timers.added) out.push(`${s}: timer ${t.id} added (${timerText(t)})`);
  for (const t of timers.removed) out.push(`${s}: timer ${t.id} removed`);
  for (const [x, y] of timers.kept) if (!same(x, y)) out.push(`${s}: timer ${y.id} now ${timerText(y)} (was ${timerText(x)})`);
  if (!same(a.end, b.end)) out.push(`${s}: ends when ${b.end.map(endText).join(' or ')} (was ${a.end.map(endText).join(' or ')})`);
  if (!same(a.next ?? null, b.next ?? null)) out.push(`${s}: where it leads next changed`);
  return out;
}

function endText(e: StageDef['end'][number]): string {
  switch (e.kind) {
    case 'all_tasks_done':
      return 'all tasks are done';
    case 'timer':
      return `timer ${e.timerId} fires`;
    case 'manager_close':
      return 'the program manager closes it';
    case 'condition':
      return `${e.when} holds`;
  }
}

function figureChanges(a: FigureDef, b: FigureDef): string[] {
  const f = `Figure "${b.name.en}" (${b.id})`;
  const out: string[] = [];
  if (!same(a.name, b.name)) out.push(`${f} renamed (was "${a.name.en}")`);
  if (a.expression !== b.expression) out.push(`${f}: expression ${b.expression} (was ${a.expression})`);
  if (a.format !== b.format) out.push(`${f}: shown as ${b.format} (was ${a.format})`);
  return out;
}

/** Sentences saying what `next` changes against `prev` (the first version: a summary). */
export function describeChanges(prev: TemplateDefinition | null, next: TemplateDefinition): string[] {
  if (!prev) {
    const tasks = next.stages.reduce((n, s) => n + s.tasks.length, 0);
    return [
      `First version: ${next.stages.length} stage${next.stages.length === 1 ? '' : 's'}, ${tasks} task${tasks === 1 ? '' : 's'}, ${next.figures.length} figure${next.figures.length === 1 ? '' : 's'}, ${next.cycles.count} cycle${next.cycles.count === 1 ? '' : 's'}`,
    ];
  }
  const out: string[] = [];
  if (!same(prev.name, next.name)) out.push(`Renamed to "${next.name.en}" (was "${prev.name.en}")`);
  if (!same(prev.description ?? null, next.description ?? null)) out.push('Description changed');
  if (prev.genderExpert !== next.genderExpert)
    out.push(next.genderExpert ? 'Programs now have a gender expert' : 'Programs no longer have a gender expert');
  if (prev.cycles.count !== next.cycles.count) out.push(`Cycles: ${prev.cycles.count} → ${next.cycles.count}`);
  const stages = byId(prev.stages, next.stages);
  for (const s of stages.added)
    out.push(`Stage "${s.name.en}" (${s.id}) added with ${s.tasks.length} task${s.tasks.length === 1 ? '' : 's'}`);
  for (const s of stages.removed) out.push(`Stage "${s.name.en}" (${s.id}) removed`);
  const keptOrder = (l: StageDef[]) =>
    l.map((s) => s.id).filter((id) => prev.stages.some((s) => s.id === id) && next.stages.some((s) => s.id === id));
  if (!same(keptOrder(prev.stages), keptOrder(next.stages))) out.push('Stages reordered');
  for (const [a, b] of stages.kept) out.push(...stageChanges(a, b));
  const figures = byId(prev.figures, next.figures);
  for (const f of figures.added) out.push(`Figure "${f.name.en}" (${f.id}) added: ${f.expression}`);
  for (const f of figures.removed) out.push(`Figure "${f.name.en}" (${f.id}) removed`);
  for (const [a, b] of figures.kept) out.push(...figureChanges(a, b));
  return out.length ? out : ['No changes'];
}
