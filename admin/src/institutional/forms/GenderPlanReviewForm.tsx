import { pathResolver } from '../../common/fieldPaths';
import { RequiredRadios } from '../../common/forms/ChoiceInputs';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { reviewProgressChoices } from '../choices';
import type { GenderPlanReviewData } from '../domain';
import { PlanItemsTable } from '../PlanItemsTable';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';

type Values = FormValues;

const emptyValues: Values = { progress: null, notes: '', recommendations: '' };

const toPayload = (values: Values): GenderPlanReviewData => {
  const recommendations = String(values.recommendations ?? '').trim();
  return {
    progress: values.progress,
    notes: String(values.notes ?? '').trim(),
    ...(recommendations ? { recommendations } : {}),
  };
};

const resolvePath = pathResolver({ inputs: [/^(progress|notes|recommendations)$/] });

const form: TaskDataSpec = { empty: emptyValues, toPayload, resolvePath };

/** Mid-year review of the gender mainstreaming plan, with the plan items in view. */
export const GenderPlanReviewForm = ({ task, readOnly, config }: TaskFormPageProps) => (
  <TaskDataForm task={task} readOnly={readOnly} spec={form}>
    <Section title="mentorflow.gender_plan_review.plan" help="mentorflow.gender_plan_review.plan_help" testId="section-plan-items">
      <PlanItemsTable items={task.context?.planItems ?? []} config={config} />
    </Section>
    <Section title="mentorflow.gender_plan_review.review">
      <RequiredRadios source="progress" label="mentorflow.gender_plan_review.progress" choices={reviewProgressChoices} />
      <LongTextInput source="notes" label="mentorflow.gender_plan_review.notes" minRows={4} maxLength={20000} />
      <LongTextInput source="recommendations" label="mentorflow.gender_plan_review.recommendations" optional />
    </Section>
  </TaskDataForm>
);
