import { Checker, type FieldErrors } from '../shared/field-errors';
import { ADVOCACY_LEVELS, INDICATOR_STATUSES, REVIEW_DECISIONS, type AdvocacyTaskType } from './model';
import type { AdvocacyPlan } from './task-data';

export interface AdvocacyValidationContext {
  needIds: string[];
  /** Indicators of the final (locked) plan, for check-ins. */
  indicatorCount: number;
}

function people(c: Checker, path: string, v: unknown, min: number) {
  if (!c.array(path, v, { min, max: 200 })) return;
  v.forEach((p, i) => {
    if (!c.object(`${path}.${i}`, p)) return;
    c.noUnknownKeys(`${path}.${i}`, p, ['name', 'position']);
    c.text(`${path}.${i}.name`, p.name, { max: 200 });
    c.text(`${path}.${i}.position`, p.position, { max: 200 });
  });
}

function texts(c: Checker, path: string, v: unknown, min: number, max = 50) {
  if (!c.array(path, v, { min, max })) return;
  v.forEach((x, i) => c.text(`${path}.${i}`, x, { max: 2000 }));
}

export function validatePlan(c: Checker, d: Record<string, unknown>): void {
  const keys: (keyof AdvocacyPlan)[] = [
    'goal',
    'objectives',
    'targetDecisionMakers',
    'allies',
    'opponents',
    'keyMessages',
    'activities',
    'indicators',
    'legalMechanisms',
    'risks',
  ];
  c.noUnknownKeys('', d, keys);
  c.text('goal', d.goal, { min: 10, max: 2000 });
  texts(c, 'objectives', d.objectives, 1);
  texts(c, 'targetDecisionMakers', d.targetDecisionMakers, 1);
  texts(c, 'allies', d.allies, 0);
  texts(c, 'opponents', d.opponents, 0);
  texts(c, 'keyMessages', d.keyMessages, 1);
  if (c.array('activities', d.activities, { min: 1, max: 100 })) {
    d.activities.forEach((a, i) => {
      const p = `activities.${i}`;
      if (!c.object(p, a)) return;
      c.noUnknownKeys(p, a, ['title', 'start', 'end']);
      c.text(`${p}.title`, a.title, { max: 300 });
      if (c.date(`${p}.start`, a.start) && c.date(`${p}.end`, a.end) && a.end < a.start)
        c.fail(`${p}.end`, `${p}.end must not be before its start`);
    });
  }
  texts(c, 'indicators', d.indicators, 1);
  texts(c, 'legalMechanisms', d.legalMechanisms, 1);
  texts(c, 'risks', d.risks, 0);
}

export function validateAdvocacyTask(type: AdvocacyTaskType, data: unknown, ctx: AdvocacyValidationContext): FieldErrors {
  const c = new Checker();
  if (!c.object('data', data)) return c.errors;
  const d = data;
  switch (type) {
    case 'needs_assessment': {
      c.noUnknownKeys('', d, ['needs', 'priorities', 'constituencies', 'levels']);
      if (c.array('needs', d.needs, { min: 1, max: 50 })) {
        const seen = new Set<string>();
        d.needs.forEach((n, i) => {
          if (!c.object(`needs.${i}`, n)) return;
          c.noUnknownKeys(`needs.${i}`, n, ['id', 'description']);
          if (c.text(`needs.${i}.id`, n.id, { max: 40 })) {
            if (seen.has(n.id)) c.fail(`needs.${i}.id`, `needs.${i}.id repeats ${n.id}`);
            seen.add(n.id);
          }
          c.text(`needs.${i}.description`, n.description, { max: 2000 });
        });
      }
      c.text('priorities', d.priorities, { max: 4000 });
      texts(c, 'constituencies', d.constituencies, 1);
      if (c.array('levels', d.levels, { min: 1, max: 3 })) d.levels.forEach((l, i) => c.oneOf(`levels.${i}`, l, ADVOCACY_LEVELS));
      break;
    }
    case 'curriculum':
      c.noUnknownKeys('', d, ['modules']);
      if (c.array('modules', d.modules, { min: 1, max: 30 })) {
        d.modules.forEach((m, i) => {
          const p = `modules.${i}`;
          if (!c.object(p, m)) return;
          c.noUnknownKeys(p, m, ['title', 'topics', 'hours', 'needIds']);
          c.text(`${p}.title`, m.title, { max: 300 });
          texts(c, `${p}.topics`, m.topics, 1);
          c.int(`${p}.hours`, m.hours, 1, 40);
          if (c.array(`${p}.needIds`, m.needIds, { min: 1, max: 50 })) {
            m.needIds.forEach((id, j) => {
              if (typeof id !== 'string' || !ctx.needIds.includes(id))
                c.fail(`${p}.needIds.${j}`, `${p}.needIds.${j} is not a need of the needs assessment`);
            });
          } else {
            c.fail(`${p}.needIds`, `${p}.needIds must name the needs this module answers`);
          }
        });
      }
      break;
    case 'training':
      c.noUnknownKeys('', d, ['dates', 'attendees', 'modulesDelivered']);
      if (c.array('dates', d.dates, { min: 1, max: 5 })) d.dates.forEach((x, i) => c.date(`dates.${i}`, x));
      people(c, 'attendees', d.attendees, 2);
      texts(c, 'modulesDelivered', d.modulesDelivered, 1);
      break;
    case 'issue_workshop':
      c.noUnknownKeys('', d, ['date', 'participants', 'issuesConsidered', 'chosenIssue', 'rationale', 'researchEvidence']);
      c.date('date', d.date);
      people(c, 'participants', d.participants, 2);
      texts(c, 'issuesConsidered', d.issuesConsidered, 1);
      c.text('chosenIssue', d.chosenIssue, { max: 500 });
      c.text('rationale', d.rationale, { max: 4000 });
      c.text('researchEvidence', d.researchEvidence, { max: 8000 });
      break;
    case 'plan_drafting':
      validatePlan(c, d);
      break;
    case 'plan_review':
      c.noUnknownKeys('', d, ['decision', 'comments']);
      c.oneOf('decision', d.decision, REVIEW_DECISIONS);
      // Changes must say what to change; an approval may be brief.
      c.text('comments', d.comments, { min: d.decision === 'request_changes' ? 5 : 0, max: 8000 });
      break;
    case 'presentation':
      c.noUnknownKeys('', d, ['date', 'audience', 'feedback']);
      c.date('date', d.date);
      texts(c, 'audience', d.audience, 1);
      c.text('feedback', d.feedback, { max: 8000 });
      break;
    case 'implementation_checkin':
      c.noUnknownKeys('', d, ['activitiesDone', 'obstacles', 'nextSteps', 'indicatorProgress']);
      c.text('activitiesDone', d.activitiesDone, { max: 8000 });
      c.text('obstacles', d.obstacles, { min: 0, max: 8000 });
      c.text('nextSteps', d.nextSteps, { max: 8000 });
      if (c.array('indicatorProgress', d.indicatorProgress, { min: 1, max: 100 })) {
        d.indicatorProgress.forEach((x, i) => {
          const p = `indicatorProgress.${i}`;
          if (!c.object(p, x)) return;
          c.noUnknownKeys(p, x, ['indicator', 'status', 'note']);
          c.int(`${p}.indicator`, x.indicator, 0, Math.max(ctx.indicatorCount - 1, 0));
          c.oneOf(`${p}.status`, x.status, INDICATOR_STATUSES);
          c.optionalText(`${p}.note`, x.note, { max: 2000 });
        });
      }
      break;
  }
  return c.errors;
}
