import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../workflows/templates/changes';
import { evaluateFeel, feelHolds, feelNumber, parseFeel } from '../../workflows/templates/feel';
import { formFields, TEXTAREA_MAX, validateSubmission } from '../../workflows/templates/forms';
import type { TemplateDefinition } from '../../workflows/templates/language';
import { form, gmiTemplate, text } from './template-fixtures';

const review = gmiTemplate().stages[0].tasks[0].form;
const meeting = gmiTemplate().stages[1].records[0].form;
const joint = gmiTemplate().stages[1].tasks[0].form;

describe('validateSubmission', () => {
  it('accepts a valid submission', () => {
    expect(validateSubmission(review, { score: 7, summary: 'Policies exist', areas: ['policy'] })).toEqual({});
    expect(validateSubmission(meeting, { date: '2027-02-01', attendees: 12 })).toEqual({});
  });

  it('names each bad field: required, type, min/max, lengths, options, unknown keys', () => {
    expect(validateSubmission(review, { score: 11, summary: 'abc', areas: ['policy', 'money'], extra: 1 })).toEqual({
      score: 'Score must be at most 10',
      summary: 'Summary must be at least 5 characters',
      areas: 'Areas must only hold: policy, staff',
      extra: 'extra is not a field of this form',
    });
    expect(validateSubmission(review, { score: '7', summary: 5 })).toEqual({
      score: 'Score must be a number',
      summary: 'Summary must be text',
    });
    expect(validateSubmission(review, {})).toEqual({ score: 'Score is required', summary: 'Summary is required' });
    expect(validateSubmission(review, { score: 7.5, summary: 'Fine enough' })).toEqual({ score: 'Score must be a whole number' });
    expect(validateSubmission(review, { score: 1, summary: '      ' })).toEqual({ summary: 'Summary is required' });
    expect(validateSubmission(review, { score: 1, summary: 'x'.repeat(TEXTAREA_MAX + 1) })).toEqual({
      summary: `Summary must be at most ${TEXTAREA_MAX} characters`,
    });
    expect(validateSubmission(review, { score: 1, summary: 'Hello', areas: ['policy', 'policy'] })).toEqual({
      areas: 'Areas lists an option twice',
    });
    expect(validateSubmission(review, [])).toEqual({ data: 'The submission must be an object of field values' });
  });

  it('checks dates, checkboxes, selects, patterns, e-mails and FEEL validation with value and data', () => {
    expect(validateSubmission(meeting, { date: '2027-02-30', attendees: 3 })).toEqual({ date: 'Date must be a date (YYYY-MM-DD)' });
    expect(validateSubmission(meeting, { date: '2027-02-01', attendees: 501 })).toEqual({ attendees: 'Attendees is not valid' });
    expect(validateSubmission(joint, { agreed: false, actions: 'x' })).toEqual({ agreed: 'Agreed must be checked' });
    expect(validateSubmission(joint, { agreed: 'yes', actions: 'x' })).toEqual({ agreed: 'Agreed must be true or false' });
    const f = form([
      { type: 'select', key: 'level', label: 'Level', values: [{ label: 'A', value: 'a' }] },
      { type: 'textfield', key: 'code', label: 'Code', validate: { pattern: '^[A-Z]{3}$' } },
      { type: 'textfield', key: 'mail', label: 'Mail', validate: { validationType: 'email' } },
      {
        type: 'group',
        components: [
          {
            type: 'number',
            key: 'to',
            label: 'To',
            properties: { feelValidate: 'value >= data.from', feelMessage: 'To must not be before From' },
          },
        ],
      },
      { type: 'number', key: 'from', label: 'From' },
    ]);
    expect(formFields(f).map((x) => x.key)).toEqual(['level', 'code', 'mail', 'to', 'from']);
    expect(validateSubmission(f, { level: 'b', code: 'abcd', mail: 'no', to: 1, from: 2 })).toEqual({
      level: 'Level must be one of: a',
      code: 'Code does not match the expected format',
      mail: 'Mail must be an e-mail address',
      to: 'To must not be before From',
    });
    expect(validateSubmission(f, { level: 'a', code: 'ABC', mail: 'a@b.org', to: 3, from: 2 })).toEqual({});
  });
});

it("reads only the submission's own values (a field keyed constructor)", () => {
  const f = form([
    { type: 'textfield', key: 'constructor', label: 'C' },
    { type: 'textfield', key: 'to_string', label: 'T', validate: { required: true } },
  ]);
  expect(validateSubmission(f, { to_string: 'x' })).toEqual({});
  expect(validateSubmission(f, JSON.parse('{"__proto__": {"a": 1}, "to_string": "x"}'))).toEqual(
    JSON.parse('{"__proto__": "__proto__ is not a field of this form"}'),
  );
  expect(Object.keys(validateSubmission(f, JSON.parse('{"__proto__": 1, "to_string": "x"}')))).toEqual(['__proto__']);
});

describe('hidden fields (form-js conditional.hide)', () => {
  it('skips a hidden field as the viewer does, groups included; a leading = is read', () => {
    const f = form([
      { type: 'checkbox', key: 'online', label: 'Online' },
      { type: 'textfield', key: 'venue', label: 'Venue', validate: { required: true }, conditional: { hide: '=online' } },
      {
        type: 'group',
        conditional: { hide: 'online = false' },
        components: [{ type: 'textfield', key: 'link', label: 'Link', validate: { required: true } }],
      },
    ]);
    expect(validateSubmission(f, { online: true, link: 'https://meet' })).toEqual({});
    expect(validateSubmission(f, { online: false, venue: 'Hall' })).toEqual({});
    expect(validateSubmission(f, { online: false })).toEqual({ venue: 'Venue is required' });
  });
});

describe('FEEL', () => {
  it('evaluates with a context; failures and non-numbers give null', () => {
    const ctx = { records: { meeting: [{ attendees: 4 }, { attendees: 8 }] }, tasks: { r: { score: 7 } } };
    expect(evaluateFeel('sum(records.meeting.attendees) / count(records.meeting)', ctx)).toBe(6);
    expect(feelNumber('tasks.r.score / 10', ctx)).toBe(0.7);
    expect(feelNumber('tasks.nope.score / 10', ctx)).toBeNull();
    expect(feelNumber('"text"', ctx)).toBeNull();
    expect(evaluateFeel('x +', ctx)).toBeNull();
    expect(feelHolds('count(records.meeting) >= 2', ctx)).toBe(true);
    expect(feelHolds('null', ctx)).toBe(false);
    expect(evaluateFeel('date("2027-01-01") + duration("P1D")', {})).toBe('2027-01-02');
  });

  it('lists the names an expression reads, without locally bound ones', () => {
    const names = (e: string) => {
      const p = parseFeel(e);
      return p.ok ? p.refs.map((r) => r.path.join('.')) : p.message;
    };
    expect(names('count(records.meeting) / 4')).toEqual(['records.meeting']);
    expect(names('sum(for m in records.meeting return m.attendees)')).toEqual(['records.meeting']);
    expect(names('some x in [1,2] satisfies x > figures.a')).toEqual(['figures.a']);
    expect(names('{a: 1, b: a + 1}.b')).toEqual([]);
    expect(names('(function(a) a + b)(1)')).toEqual(['b']);
    expect(names('string length(tasks.t.name) > 3')).toEqual(['tasks.t.name']);
    expect(names('tasks.t.')).toMatch(/does not parse/);
    expect(names('')).toBe('is empty');
  });
});

describe('describeChanges', () => {
  it('summarises a first version and names what changed between two', () => {
    const v1 = gmiTemplate();
    expect(describeChanges(null, v1)).toEqual(['First version: 2 stages, 3 tasks, 3 figures, 2 cycles']);
    expect(describeChanges(v1, gmiTemplate())).toEqual(['No changes']);
    const v2: TemplateDefinition = JSON.parse(JSON.stringify(v1));
    v2.cycles.count = 3;
    v2.stages[0].tasks[0].role = 'program_manager';
    v2.stages[0].tasks[0].due = { amount: 21, unit: 'days' };
    v2.stages[0].tasks[0].form.schema.components.push({ type: 'textfield', key: 'extra', label: 'Extra' });
    v2.stages[0].tasks.splice(1, 1);
    v2.stages[1].timers[0].after = { amount: 1, unit: 'weeks' };
    v2.stages.push({ id: 'closing', name: text('Closing'), tasks: [], records: [], timers: [], end: [{ kind: 'manager_close' }] });
    v2.figures[0].expression = 'count(records.meeting) * 2';
    expect(describeChanges(v1, v2)).toEqual([
      'Cycles: 2 → 3',
      'Stage "Closing" (closing) added with 0 tasks',
      'Stage "Review of current practices" (review): task "Gender review" (gender_review) removed',
      'Task "Practice review" (practice_review) in stage "Review of current practices": role mentor → program manager',
      'Task "Practice review" (practice_review) in stage "Review of current practices": due after 14 days → 21 days',
      'Task "Practice review" (practice_review) in stage "Review of current practices": field "Extra" (extra) added',
      'Stage "Regular meetings" (meetings): timer no_meeting now 1 week after the last meeting (repeating), reminds the mentor (was 30 days after the last meeting (repeating), reminds the mentor)',
      'Figure "Meetings" (meetings): expression count(records.meeting) * 2 (was count(records.meeting))',
    ]);
  });
});
