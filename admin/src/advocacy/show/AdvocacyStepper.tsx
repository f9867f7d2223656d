import { useTranslate } from 'react-admin';
import { ProgramStepper, taskCaption, type StepCaption } from '../../programs/show/ProgramStepper';
import { ADVOCACY_STEPS, stepOfStage, type AdvocacyStep, type AdvocacyTask } from '../domain';
import type { AdvocacyProgramRecord } from '../types';
import { useFormatDate } from '../../common/useFormatDate';

const stepIndexOfTask = (type: string) =>
  ADVOCACY_STEPS.indexOf(stepOfStage(type === 'implementation_checkin' ? 'implementation_support' : type) ?? 'needs_assessment');

// The task types behind each step (the plan step alternates drafting and review).
const STEP_TASKS: Partial<Record<AdvocacyStep, string[]>> = {
  needs_assessment: ['needs_assessment'],
  curriculum: ['curriculum'],
  training: ['training'],
  issue_workshop: ['issue_workshop'],
  plan: ['plan_drafting', 'plan_review'],
  presentation: ['presentation'],
};

/** What is known about a step: its task's completion or due date, the plan's version, the end of support. */
const useStepCaption = (program: AdvocacyProgramRecord) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const live = program.live;
  const details = program.details ?? {};
  const tasks: AdvocacyTask[] = live?.tasks ?? [];
  return (step: AdvocacyStep, state: string): StepCaption => {
    if (step === 'plan') {
      const versions = live?.planVersions ?? details.planVersions ?? [];
      const latest = versions.at(-1);
      const final = live?.finalPlanVersion ?? details.finalPlanVersion;
      if (final) return { text: translate('mentorflow.advocacy.stepper.final', { version: final }), error: false };
      if (state === 'active') {
        const open = tasks.find((t) => t.status === 'open' && (t.type === 'plan_drafting' || t.type === 'plan_review'));
        if (open?.overdue) {
          return { text: translate('mentorflow.stepper.overdue_since', { date: formatDate(open.dueAt, 'short') }), error: true };
        }
        if (latest?.review?.decision === 'request_changes' && open?.type === 'plan_drafting') {
          return { text: translate('mentorflow.advocacy.stepper.changes_requested', { version: latest.version }), error: false };
        }
        if (open?.type === 'plan_review' && latest) {
          return { text: translate('mentorflow.advocacy.stepper.in_review', { version: latest.version }), error: false };
        }
      }
    }
    if (step === 'implementation_support') {
      const ends = live?.implementationEndsAt ?? details.implementationEndsAt;
      if (!ends || state === 'pending') return null;
      return {
        text: translate(state === 'active' ? 'mentorflow.stepper.until' : 'mentorflow.advocacy.stepper.ended', {
          date: formatDate(ends, 'short'),
        }),
        error: false,
      };
    }
    if (step === 'completed') {
      const checkins = live?.checkins ?? details.checkins ?? 0;
      return state === 'completed'
        ? { text: translate('mentorflow.advocacy.stepper.checkins', { smart_count: checkins }), error: false }
        : null;
    }
    const types = STEP_TASKS[step] ?? [];
    const task = tasks.filter((t) => types.includes(t.type) && t.status !== 'cancelled').at(-1);
    return taskCaption(task, translate, (iso) => formatDate(iso, 'short'));
  };
};

/**
 * needs assessment -> curriculum -> training -> issue workshop -> plan (drafts and reviews)
 * -> presentation -> implementation support -> completed; `data-active-stage` is the
 * workflow's stage (e.g. plan_review).
 */
export const AdvocacyStepper = ({ program }: { program: AdvocacyProgramRecord }) => {
  const translate = useTranslate();
  const caption = useStepCaption(program);
  const stage = program.live?.stage ?? program.stage;
  const status = program.live?.status ?? program.status;
  const withdrawn = stage === 'withdrawn' || status === 'withdrawn';
  const step = stepOfStage(stage);
  // A withdrawn program shows how far it came: the steps of its completed tasks.
  const reached = withdrawn
    ? Math.max(-1, ...(program.live?.tasks ?? []).filter((t) => t.status === 'completed').map((t) => stepIndexOfTask(t.type))) + 1
    : step
      ? ADVOCACY_STEPS.indexOf(step)
      : 0;
  return (
    <ProgramStepper
      title={translate('mentorflow.advocacy.stepper.title')}
      aside={{ testId: 'stage-label', text: translate(`mentorflow.stages.${stage}`, { _: stage }) }}
      stage={stage}
      steps={ADVOCACY_STEPS.map((s) => ({ id: s, label: translate(`mentorflow.advocacy.steps.${s}`) }))}
      activeStep={reached}
      finished={stage === 'completed'}
      withdrawn={withdrawn}
      caption={(id, state) => caption(id as AdvocacyStep, state)}
    />
  );
};
