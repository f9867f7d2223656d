import type { TemplateDefinition } from '../programTypes/types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Steps of the task book shared with the built-in programs (HistoryList translates them). */
const SHARED_STEPS = new Set(['paused', 'resumed', 'withdrawn', 'reassigned_mentor', 'reassigned_gender_expert']);

/**
 * A designed program's history step in the console's language. The workflow names steps by ids
 * (workflows/templates/state.ts): `started`, `stage_started:<stage>`, `stage_ended:<stage>`,
 * `timer:<timer>`, `cycle_completed`, `completed`, a completed task's id, and the task book's own
 * (pause, resume, ...). `names`: stage and task ids to their designed names.
 */
export const historyStepName = (step: string, definition: TemplateDefinition, names: Map<string, string>, translate: Translate): string => {
  const [what, id] = step.split(':');
  if (id && (what === 'stage_started' || what === 'stage_ended'))
    return translate(`mentorflow.template_programs.${what}`, { name: names.get(id) ?? id });
  if (id && what === 'timer') {
    const timer = definition.stages.flatMap((stage) => stage.timers).find((t) => t.id === id);
    if (timer?.action.kind === 'open_task') {
      const taskId = timer.action.taskId;
      return translate('mentorflow.template_programs.history.timer_open_task', { name: names.get(taskId) ?? taskId });
    }
    if (timer?.action.kind === 'remind') return translate('mentorflow.template_programs.history.timer_remind');
    if (timer?.action.kind === 'end_stage') return translate('mentorflow.template_programs.history.timer_end_stage');
    return translate('mentorflow.template_programs.history.timer');
  }
  if (step === 'started' || step === 'cycle_completed' || step === 'completed')
    return translate(`mentorflow.template_programs.history.${step}`);
  if (SHARED_STEPS.has(step)) return translate(`mentorflow.history.${step}`);
  // Otherwise a task of the design was completed.
  const task = names.get(step);
  return task ? translate('mentorflow.template_programs.history.task_done', { name: task }) : step.replace(/_/g, ' ');
};
