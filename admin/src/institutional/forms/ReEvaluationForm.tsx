import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { pathResolver } from '../../common/fieldPaths';
import { LongTextInput } from '../../common/forms/LongTextInput';
import type { InstitutionalConfig, ReEvaluationData } from '../domain';
import { PlanItemsTable } from '../PlanItemsTable';
import { useConfigText } from '../useConfigText';
import { elementGradeRedirect, emptyGrades, gradesPayload, trimmed } from './gradeValues';
import { GradesSections } from './GradesSections';
import { ContextLayout } from '../../tasks/context/ContextLayout';
import { ReEvaluationContextPanel } from '../../tasks/context/TaskContextPanels';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';

type Values = FormValues;

const emptyValues = (config: InstitutionalConfig): Values => ({ ...emptyGrades(config, { notes: '' }), notes: '' });

/** An element's notes are optional: sent only when written. */
const elementNotes = (element: Values) => {
  const notes = trimmed(element.notes);
  return notes ? { notes } : {};
};

const toPayload =
  (config: InstitutionalConfig) =>
  (values: Values): ReEvaluationData => ({
    ...(gradesPayload(config, values, elementNotes) as Pick<ReEvaluationData, 'elements' | 'principles'>),
    notes: String(values.notes ?? '').trim(),
  });

const resolvePath = pathResolver({
  inputs: [/^elements\.\w+\.(grade|notes)$/, /^principles\.\w+$/, /^notes$/],
  redirects: [elementGradeRedirect],
});

/**
 * Year-end re-evaluation: every element and principle graded again, with this year's
 * self-assessment grade shown beside each (and the change once a new grade is picked).
 */
export const ReEvaluationForm = ({ task, readOnly, config }: TaskFormPageProps) => {
  const translate = useTranslate();
  const text = useConfigText(config);
  const previous = task.context?.previousGrades ?? null;
  return (
    <ContextLayout context={<ReEvaluationContextPanel task={task} config={config} />}>
      <TaskDataForm
        task={task}
        readOnly={readOnly}
        spec={{ empty: emptyValues(text.config), toPayload: toPayload(text.config), resolvePath }}
      >
        {!previous && !readOnly && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('mentorflow.re_evaluation.no_previous')}
          </Alert>
        )}
        <GradesSections
          text={text}
          elementsHelp="mentorflow.re_evaluation.elements_help"
          previous={previous}
          renderDetails={(slug) => (
            <LongTextInput source={`elements.${slug}.notes`} label="mentorflow.re_evaluation.element_notes" maxLength={4000} optional />
          )}
        />
        {(task.context?.planItems?.length ?? 0) > 0 && (
          <Section title="mentorflow.re_evaluation.plan" testId="section-plan-items">
            <PlanItemsTable items={task.context?.planItems ?? []} config={config} />
          </Section>
        )}
        <Section title="mentorflow.re_evaluation.summary">
          <LongTextInput
            source="notes"
            label="mentorflow.re_evaluation.notes"
            minRows={4}
            maxLength={20000}
            helperText="mentorflow.re_evaluation.notes_help"
          />
        </Section>
      </TaskDataForm>
    </ContextLayout>
  );
};
