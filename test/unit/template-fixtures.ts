/**
 * A template for tests: a small gender mainstreaming initiative (practice review by the mentor
 * and the gender expert, then regular meetings with a reminder, a joint-action task opened by a
 * timer, and an end by timer, manager close or a FEEL condition), over two cycles.
 * `durations` lets tests run it in seconds.
 */
import type { Duration, FormComponent, FormDef, TemplateDefinition } from '../../workflows/templates/language';

export function form(components: FormComponent[], tr: FormDef['tr'] = {}): FormDef {
  const auto: FormDef['tr'] = {};
  const visit = (cs: FormComponent[]) => {
    for (const c of cs) {
      if (c.type === 'group') visit(c.components ?? []);
      else if (c.key)
        auto[c.key] = {
          label: `${c.label} (tr)`,
          ...(c.values ? { values: Object.fromEntries(c.values.map((v) => [String(v.value), `${v.label} (tr)`])) } : {}),
        };
    }
  };
  visit(components);
  return { schema: { type: 'default', components }, tr: { ...auto, ...tr } };
}

export const text = (en: string) => ({ en, tr: `${en} (tr)` });

/** A select's or checklist's options: each label with its lower-case value. */
const choices = (...labels: string[]) => labels.map((label) => ({ label, value: label.toLowerCase() }));

export interface FixtureDurations {
  due: Duration;
  reminder: Duration;
  openJoint: Duration;
  stageEnd: Duration;
}

export const DAYS: FixtureDurations = {
  due: { amount: 14, unit: 'days' },
  reminder: { amount: 30, unit: 'days' },
  openJoint: { amount: 60, unit: 'days' },
  stageEnd: { amount: 90, unit: 'days' },
};

export function gmiTemplate(d: FixtureDurations = DAYS, cycles = 2): TemplateDefinition {
  return {
    name: text('Gender Mainstreaming Initiative'),
    genderExpert: true,
    cycles: { count: cycles },
    stages: [
      {
        id: 'review',
        name: text('Review of current practices'),
        tasks: [
          {
            id: 'practice_review',
            name: text('Practice review'),
            role: 'mentor',
            due: d.due,
            form: form([
              { type: 'text', text: '# Review' },
              { type: 'number', key: 'score', label: 'Score', validate: { required: true, min: 0, max: 10 }, decimalDigits: 0 },
              { type: 'textarea', key: 'summary', label: 'Summary', validate: { required: true, minLength: 5 } },
              {
                type: 'checklist',
                key: 'areas',
                label: 'Areas',
                values: choices('Policy', 'Staff'),
              },
            ]),
          },
          {
            id: 'gender_review',
            name: text('Gender review'),
            role: 'gender_expert',
            due: d.due,
            form: form([
              {
                type: 'select',
                key: 'rating',
                label: 'Rating',
                values: choices('Low', 'High'),
                validate: { required: true },
              },
              { type: 'textfield', key: 'findings', label: 'Findings' },
            ]),
          },
        ],
        records: [],
        timers: [],
        end: [{ kind: 'all_tasks_done' }],
      },
      {
        id: 'meetings',
        name: text('Regular meetings'),
        tasks: [
          {
            id: 'joint_action',
            name: text('Joint action'),
            role: 'mentor',
            due: d.due,
            opens: 'by_timer',
            form: form([
              { type: 'checkbox', key: 'agreed', label: 'Agreed', validate: { required: true } },
              { type: 'textarea', key: 'actions', label: 'Actions', validate: { required: true } },
            ]),
          },
        ],
        records: [
          {
            id: 'meeting',
            name: text('Meeting'),
            addedBy: ['mentor', 'gender_expert'],
            form: form([
              { type: 'datetime', subtype: 'date', key: 'date', label: 'Date', validate: { required: true } },
              {
                type: 'number',
                key: 'attendees',
                label: 'Attendees',
                validate: { required: true, min: 1 },
                properties: { feelValidate: 'value <= 500' },
              },
              { type: 'textarea', key: 'notes', label: 'Notes' },
            ]),
          },
        ],
        timers: [
          {
            id: 'no_meeting',
            from: { kind: 'last_record', recordId: 'meeting' },
            after: d.reminder,
            repeat: true,
            action: { kind: 'remind', role: 'mentor', message: text('No meeting for a while') },
          },
          { id: 'open_joint', from: { kind: 'stage_start' }, after: d.openJoint, action: { kind: 'open_task', taskId: 'joint_action' } },
          { id: 'stage_end', from: { kind: 'stage_start' }, after: d.stageEnd, action: { kind: 'end_stage' } },
        ],
        end: [
          { kind: 'timer', timerId: 'stage_end' },
          { kind: 'manager_close' },
          { kind: 'condition', when: 'count(records.meeting) >= 6' },
        ],
        next: [{ to: 'end' }],
      },
    ],
    figures: [
      { id: 'meetings', name: text('Meetings'), expression: 'count(records.meeting)', format: 'number' },
      {
        id: 'avg_attendance',
        name: text('Average attendance'),
        expression: 'if count(records.meeting) = 0 then null else sum(records.meeting.attendees) / count(records.meeting)',
        format: 'number',
      },
      { id: 'score', name: text('Practice score'), expression: 'tasks.practice_review.score / 10', format: 'percent' },
    ],
  };
}

/** Seconds instead of days, for programs on the dev server. */
export const FAST: FixtureDurations = {
  due: { amount: 30, unit: 'seconds' },
  reminder: { amount: 2, unit: 'seconds' },
  openJoint: { amount: 1, unit: 'seconds' },
  stageEnd: { amount: 4, unit: 'seconds' },
};
