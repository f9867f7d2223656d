/**
 * docs/program-templates.md says how the advocacy mentorship would be written as a template:
 * this checks that the written-out version passes the checks and runs as described (draft and
 * review loop through `next` rules, check-ins opened by a repeating timer, the support period
 * ended by a timer).
 */
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../workflows/templates/check';
import type { StageDef, TemplateDefinition } from '../../workflows/templates/language';
import * as S from '../../workflows/templates/state';
import { form, text } from './template-fixtures';

const DAY = 86_400_000;
const notes = form([{ type: 'textarea', key: 'notes', label: 'Notes', validate: { required: true } }]);
const simple = (id: string, due = 21): StageDef => ({
  id,
  name: text(id),
  records: [],
  timers: [],
  end: [{ kind: 'all_tasks_done' }],
  tasks: [{ id, name: text(id), role: 'mentor', due: { amount: due, unit: 'days' }, form: notes }],
});

function advocacyAsTemplate(): TemplateDefinition {
  return {
    name: text('Advocacy mentorship'),
    genderExpert: false,
    cycles: { count: 1 },
    stages: [
      simple('needs_assessment'),
      simple('curriculum'),
      simple('training', 30),
      simple('issue_workshop', 30),
      simple('plan_drafting', 30),
      {
        ...simple('plan_review', 10),
        tasks: [
          {
            id: 'plan_review',
            name: text('Plan review'),
            role: 'mentor',
            due: { amount: 10, unit: 'days' },
            form: form([
              {
                type: 'radio',
                key: 'decision',
                label: 'Decision',
                validate: { required: true },
                values: [
                  { label: 'Approve', value: 'approve' },
                  { label: 'Request changes', value: 'request_changes' },
                ],
              },
              { type: 'textarea', key: 'comments', label: 'Comments', validate: { required: true } },
            ]),
          },
        ],
        next: [{ when: 'tasks.plan_review.decision = "request_changes"', to: 'plan_drafting' }, { to: 'presentation' }],
      },
      simple('presentation'),
      {
        id: 'implementation_support',
        name: text('Implementation support'),
        records: [],
        tasks: [
          {
            id: 'checkin',
            name: text('Check-in'),
            role: 'mentor',
            due: { amount: 10, unit: 'days' },
            opens: 'by_timer',
            form: form([{ type: 'number', key: 'achieved', label: 'Indicators achieved', validate: { required: true, min: 0 } }]),
          },
        ],
        timers: [
          {
            id: 'cadence',
            from: { kind: 'stage_start' },
            after: { amount: 30, unit: 'days' },
            repeat: true,
            action: { kind: 'open_task', taskId: 'checkin' },
          },
          { id: 'support_end', from: { kind: 'stage_start' }, after: { amount: 180, unit: 'days' }, action: { kind: 'end_stage' } },
        ],
        end: [{ kind: 'timer', timerId: 'support_end' }],
      },
    ],
    figures: [
      { id: 'plan_finalised', name: text('Plan finalised'), expression: 'if tasks.presentation = null then 0 else 1', format: 'number' },
      { id: 'achieved', name: text('Indicators achieved'), expression: 'tasks.checkin.achieved', format: 'number' },
    ],
  };
}

describe('the advocacy mentorship written as a template (docs/program-templates.md)', () => {
  it('passes the checks and runs: review loop, presentation, periodic check-ins, end of support', () => {
    const r = checkTemplate('advocacy-template', 1, advocacyAsTemplate());
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    let now = Date.parse('2027-01-04T00:00:00Z');
    let n = 0;
    const rt = () => ({ now, newId: () => `id-${++n}` });
    const d = r.compiled.definition;
    const s = S.initialState(
      {
        programId: 'p',
        organizationId: 'o',
        mentorId: 'm',
        genderExpertId: null,
        managerId: 'pm',
        startDate: '2027-01-04',
        typeKey: 'advocacy-template',
        templateVersionId: 'v',
        template: r.compiled,
      },
      'wf',
      now,
    );
    S.beginCycle(s, d, rt());
    const done = (type: string, data: unknown = { notes: 'Done' }) =>
      S.completeTask(
        s,
        d,
        s.tasks.find((t) => t.type === type && t.status === 'open')!,
        data,
        'm',
        rt(),
      );
    for (const step of ['needs_assessment', 'curriculum', 'training', 'issue_workshop', 'plan_drafting']) done(step);
    expect(s.stage).toBe('plan_review');
    done('plan_review', { decision: 'request_changes', comments: 'Measurable goal' });
    expect(s.stage).toBe('plan_drafting');
    done('plan_drafting');
    done('plan_review', { decision: 'approve', comments: 'Ready' });
    expect(s.stage).toBe('presentation');
    done('presentation');
    expect(s).toMatchObject({ stage: 'implementation_support', figures: { plan_finalised: 1, achieved: null } });
    const start = now;
    for (let month = 1; month <= 6; month++) {
      now = start + month * 30 * DAY;
      S.tick(s, d, rt());
      if (month < 6) done('checkin', { achieved: month });
    }
    expect(s.tasks.filter((t) => t.type === 'checkin' && t.status === 'completed')).toHaveLength(5);
    expect(s.cycleDone).toBe(true);
    expect(s.figures.achieved).toBe(5);
  });
});
