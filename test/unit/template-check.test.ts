import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../workflows/templates/check';
import type { TemplateDefinition } from '../../workflows/templates/language';
import { form, gmiTemplate, text } from './template-fixtures';

const clone = (): TemplateDefinition => JSON.parse(JSON.stringify(gmiTemplate()));
/** The errors of a definition changed by `edit`, as {path: message}. */
function errorsOf(edit: (d: TemplateDefinition & Record<string, any>) => void): Record<string, string> {
  const d = clone();
  edit(d as any);
  const r = checkTemplate('gmi', 1, d);
  expect(r.ok).toBe(false);
  return r.ok ? {} : Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
}

describe('checkTemplate', () => {
  it('compiles a good template with the field keys of every form', () => {
    const r = checkTemplate('gmi', 3, gmiTemplate());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.compiled.key).toBe('gmi');
    expect(r.compiled.version).toBe(3);
    expect(r.compiled.fields.tasks).toEqual({
      practice_review: ['score', 'summary', 'areas'],
      gender_review: ['rating', 'findings'],
      joint_action: ['agreed', 'actions'],
    });
    expect(r.compiled.fields.records).toEqual({ meeting: ['date', 'attendees', 'notes'] });
    expect(r.compiled.definition).toEqual(gmiTemplate());
  });

  it('refuses a definition that is not an object', () => {
    expect(checkTemplate('gmi', 1, [])).toEqual({ ok: false, errors: [{ path: 'definition', message: 'must be an object' }] });
  });

  it('names structural errors: names, unknown keys, cycles, ids', () => {
    const e = errorsOf((d) => {
      d.name = { en: 'x', tr: '' };
      d.extra = 1;
      d.cycles.count = 0;
      d.stages[0].id = 'Bad Id';
      d.stages[1].name = text('');
    });
    expect(e['name.tr']).toBe('is required');
    expect(e.extra).toMatch(/not part/);
    expect(e['cycles.count']).toMatch(/whole number from 1/);
    expect(e['stages[0].id']).toMatch(/lowercase/);
    expect(e['stages[1].name.en']).toBe('is required');
  });

  it('names a task without a role, a bad role and a gender expert the type does not have', () => {
    expect(errorsOf((d) => delete (d.stages[0].tasks[0] as any).role)['stages[0].tasks[0].role']).toMatch(/needs a role/);
    expect(errorsOf((d) => ((d.stages[0].tasks[0] as any).role = 'cso'))['stages[0].tasks[0].role']).toMatch(/one of/);
    expect(errorsOf((d) => (d.genderExpert = false))['stages[0].tasks[1].role']).toMatch(/no gender expert/);
  });

  it('names bad durations, duplicate ids across stages and reserved stage ids', () => {
    const e = errorsOf((d) => {
      d.stages[0].tasks[0].due = { amount: 0, unit: 'days' };
      d.stages[0].tasks[1].due = { amount: 1, unit: 'years' as any };
      d.stages[1].tasks[0].id = 'practice_review';
      d.stages[1].timers[1].action = { kind: 'open_task', taskId: 'practice_review' };
    });
    expect(e['stages[0].tasks[0].due.amount']).toMatch(/whole number from 1/);
    expect(e['stages[0].tasks[1].due.unit']).toMatch(/one of/);
    expect(e['stages[1].tasks[0].id']).toMatch(/already has the id practice_review/);
    expect(errorsOf((d) => (d.stages[1].id = 'end'))['stages[1].id']).toMatch(/reserved/);
    expect(errorsOf((d) => (d.stages[1].id = 'review'))['stages[1].id']).toMatch(/another stage/);
  });

  it('names an unreachable stage and a stage that never leads to the end', () => {
    const e = errorsOf((d) => {
      d.stages[0].next = [{ to: 'end' }];
    });
    expect(e['stages[1]']).toBe('The stage meetings cannot be reached from the first stage');
    const loop = errorsOf((d) => {
      d.stages[1].next = [{ to: 'review' }];
    });
    expect(loop['stages[1].next']).toMatch(/can never end/);
    // A conditional loop back is fine: the fall-through leads on.
    const d = clone();
    d.stages[1].next = [{ when: 'count(records.meeting) < 2', to: 'review' }];
    expect(checkTemplate('gmi', 1, d).ok).toBe(true);
  });

  it('names FEEL expressions that do not parse or read unknown names and fields', () => {
    const e = errorsOf((d) => {
      d.figures[0].expression = 'count(records.meeting';
      d.figures[1].expression = 'tasks.practice_review.nope + 1';
      d.figures[2].expression = 'figures.later';
      d.stages[1].end[2] = { kind: 'condition', when: 'unknown_thing > 1' };
      d.stages[1].next = [{ when: 'records.visit != null', to: 'end' }];
    });
    expect(e['figures[0].expression']).toMatch(/does not parse/);
    expect(e['figures[1].expression']).toBe(
      'The expression refers to tasks.practice_review.nope, but the form of task practice_review has no field nope',
    );
    expect(e['figures[2].expression']).toMatch(/not a figure defined before this one/);
    expect(e['stages[1].end[2].when']).toMatch(/unknown_thing, which is unknown/);
    expect(e['stages[1].next[0].when']).toMatch(/there is no record visit/);
  });

  it('accepts locally bound names, filters on record fields, earlier figures and the previous cycle', () => {
    const d = clone();
    d.figures.push(
      { id: 'big', name: text('Big meetings'), expression: 'count(records.meeting[attendees > 10])', format: 'number' },
      {
        id: 'total',
        name: text('Total'),
        expression: 'sum(for m in records.meeting return m.attendees) + figures.meetings',
        format: 'number',
      },
      {
        id: 'delta',
        name: text('Change'),
        expression: 'if previous.figures.score = null then null else figures.score - previous.figures.score',
        format: 'percent',
      },
    );
    expect(checkTemplate('gmi', 1, d)).toMatchObject({ ok: true });
    d.figures.push({ id: 'bad', name: text('Bad'), expression: 'count(records.meeting[colour = "red"])', format: 'number' });
    const r = checkTemplate('gmi', 1, d);
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'figures[6].expression', message: 'The expression refers to colour, which is not a field of the record meeting' },
    ]);
  });

  it('names timers and end rules that point nowhere, and timer-opened tasks no timer opens', () => {
    const e = errorsOf((d) => {
      d.stages[1].timers[0].from = { kind: 'last_record', recordId: 'visit' };
      d.stages[1].end[0] = { kind: 'timer', timerId: 'nope' };
      d.stages[1].timers[1].action = { kind: 'remind', role: 'mentor', message: text('hi') };
      d.stages[0].end = [];
    });
    expect(e['stages[1].timers[0].from.recordId']).toMatch(/must name a record of this stage/);
    expect(e['stages[1].end[0].timerId']).toMatch(/must name a timer/);
    expect(e['stages[1].tasks[0].opens']).toMatch(/No timer of this stage opens/);
    expect(e['stages[0].end']).toMatch(/at least one/);
    expect(
      errorsOf((d) => ((d.stages[1].tasks = []), (d.stages[1].timers = []), (d.stages[1].end = [{ kind: 'all_tasks_done' }])))[
        'stages[1].end[0].kind'
      ],
    ).toMatch(/no tasks/);
  });

  it('names form problems: types, keys, labels, Turkish labels, options, rules, FEEL validation', () => {
    const e = errorsOf((d) => {
      const f = d.stages[0].tasks[0].form;
      f.schema.components.push({ type: 'filepicker', key: 'file', label: 'File' });
      f.schema.components.push({ type: 'textfield', key: 'score', label: 'Again' });
      f.schema.components.push({ type: 'number', key: 'n', label: 'N', validate: { min: 5, max: 1 } });
      f.schema.components.push({ type: 'textfield', key: 'p', label: 'P', validate: { pattern: '([' } });
      f.schema.components.push({ type: 'textfield', key: 'q', label: 'Q', properties: { feelValidate: 'data.zzz > 1' } });
      f.schema.components.push({ type: 'select', key: 'empty', label: 'Empty', values: [] });
      f.schema.components.push({ type: 'datetime', subtype: 'datetime', key: 'when', label: 'When' });
      f.tr.n = { label: 'N' };
      f.tr.p = { label: 'P' };
      f.tr.q = { label: 'Q' };
      f.tr.empty = { label: 'E' };
      f.tr.when = { label: 'W' };
      delete f.tr.summary;
      delete f.tr.areas.values!.staff;
    });
    const p = 'stages[0].tasks[0].form';
    expect(e[`${p}.schema.components[4].type`]).toMatch(/filepicker is not supported/);
    expect(e[`${p}.schema.components[5].key`]).toMatch(/already has the key score/);
    expect(e[`${p}.schema.components[6].validate.max`]).toMatch(/below min/);
    expect(e[`${p}.schema.components[7].validate.pattern`]).toMatch(/not a valid regular expression/);
    expect(e[`${p}.schema.components[8].properties.feelValidate`]).toMatch(/data.zzz, but this form has no field zzz/);
    expect(e[`${p}.schema.components[9].values`]).toMatch(/at least one/);
    expect(e[`${p}.schema.components[10].subtype`]).toMatch(/Only date/);
    expect(e[`${p}.tr.summary.label`]).toMatch(/Turkish label/);
    expect(e[`${p}.tr.areas.values.staff`]).toMatch(/Turkish label of this option/);
  });

  it('names a hide condition that reads a field the form does not have', () => {
    const e = errorsOf((d) => {
      d.stages[0].tasks[0].form.schema.components[1].conditional = { hide: '=nope = true' };
      d.stages[0].tasks[0].form.schema.components[2].conditional = { hide: 'score >' };
    });
    expect(e['stages[0].tasks[0].form.schema.components[1].conditional.hide']).toBe(
      'The expression refers to nope, but this form has no field nope',
    );
    expect(e['stages[0].tasks[0].form.schema.components[2].conditional.hide']).toMatch(/does not parse/);
    const d = clone();
    d.stages[0].tasks[0].form.schema.components[2].conditional = { hide: '=score > 8' };
    d.stages[0].tasks[0].form.schema.components.push({ type: 'button', action: 'submit', label: 'Submit' });
    expect(checkTemplate('gmi', 1, d).ok).toBe(true);
  });

  it('names a form field a FEEL expression refers to but that was removed', () => {
    const e = errorsOf((d) => {
      d.stages[1].records[0].form = form([{ type: 'datetime', subtype: 'date', key: 'date', label: 'Date' }]);
    });
    expect(e['figures[1].expression']).toBe(
      'The expression refers to records.meeting.attendees, but the form of record meeting has no field attendees',
    );
  });
});

describe('checkTemplate on any input', () => {
  /** Every place of the test template, replaced in turn by a value of each wrong kind. */
  function places(v: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (v === null || typeof v !== 'object') return [path];
    const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    return [path, ...keys.flatMap((k) => places((v as any)[k], [...path, k]))];
  }
  it('never throws, and names a place for every refusal', () => {
    const base = gmiTemplate();
    const all = places(base).filter((p) => p.length > 0);
    let refused = 0;
    for (const p of all) {
      for (const wrong of [null, 5, 'x', [], {}, [null], true]) {
        const d: any = clone();
        let at = d;
        for (const k of p.slice(0, -1)) at = at[k];
        at[p[p.length - 1]] = wrong;
        const r = checkTemplate('gmi', 1, d);
        if (!r.ok) {
          refused += 1;
          for (const e of r.errors) expect(e.path.length > 0 && e.message.length > 0).toBe(true);
        }
      }
    }
    expect(all.length).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(all.length * 5);
  });
});
