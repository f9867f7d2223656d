import { Alert } from '@mui/material';
import { TextInput, maxLength, required, useTranslate } from 'react-admin';
import { pathResolver } from '../../common/fieldPaths';
import type { InstitutionalConfig, ReEvaluationData } from '../domain';
import { PlanItemsTable } from '../PlanItemsTable';
import { useConfigText } from '../useConfigText';
import { ElementsGrid, PrinciplesGrid } from './ElementsGrid';
import { ContextLayout } from '../../tasks/context/ContextLayout';
import { ReEvaluationContextPanel } from '../../tasks/context/TaskContextPanels';
import { Section } from '../../tasks/forms/Section';
import { TaskForm } from '../../tasks/forms/TaskForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';

const validateNotes = [required(), maxLength(20000)];
const validateElementNotes = [maxLength(4000)];

type Values = FormValues;

const emptyValues = (config: InstitutionalConfig): Values => ({
  elements: Object.fromEntries(config.elements.map((e) => [e.slug, { grade: null, notes: '' }])),
  principles: Object.fromEntries(config.principles.map((p) => [p.slug, null])),
  notes: '',
});

const toPayload =
  (config: InstitutionalConfig) =>
  (values: Values): ReEvaluationData => ({
    elements: Object.fromEntries(
      config.elements.map(({ slug }) => {
        const e = values.elements?.[slug] ?? {};
        const notes = typeof e.notes === 'string' ? e.notes.trim() : '';
        return [slug, { grade: e.grade ?? null, ...(notes ? { notes } : {}) }];
      }),
    ) as ReEvaluationData['elements'],
    principles: Object.fromEntries(
      config.principles.map(({ slug }) => [slug, values.principles?.[slug] ?? null]),
    ) as ReEvaluationData['principles'],
    notes: String(values.notes ?? '').trim(),
  });

const resolvePath = pathResolver({
  inputs: [/^elements\.\w+\.(grade|notes)$/, /^principles\.\w+$/, /^notes$/],
  redirects: [[/^elements\.(\w+)$/, 'elements.$1.grade']],
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
      <TaskForm
        task={task}
        readOnly={readOnly}
        initialValues={(task.data as Values | null) ?? emptyValues(text.config)}
        toPayload={toPayload(text.config)}
        resolvePath={resolvePath}
      >
        {!previous && !readOnly && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('mentorflow.re_evaluation.no_previous')}
          </Alert>
        )}
        <Section
          title={translate('mentorflow.self_assessment.elements')}
          help={translate('mentorflow.re_evaluation.elements_help')}
          testId="section-elements"
        >
          <ElementsGrid
            text={text}
            previous={previous?.elements}
            renderDetails={(slug) => (
              <TextInput
                source={`elements.${slug}.notes`}
                label="mentorflow.re_evaluation.element_notes"
                multiline
                minRows={3}
                validate={validateElementNotes}
                helperText="mentorflow.common.optional"
              />
            )}
          />
        </Section>
        <Section title={translate('mentorflow.self_assessment.principles')} testId="section-principles">
          <PrinciplesGrid text={text} previous={previous?.principles} />
        </Section>
        {(task.context?.planItems?.length ?? 0) > 0 && (
          <Section title={translate('mentorflow.re_evaluation.plan')} testId="section-plan-items">
            <PlanItemsTable items={task.context?.planItems ?? []} config={config} />
          </Section>
        )}
        <Section title={translate('mentorflow.re_evaluation.summary')}>
          <TextInput
            source="notes"
            label="mentorflow.re_evaluation.notes"
            multiline
            minRows={4}
            validate={validateNotes}
            helperText="mentorflow.re_evaluation.notes_help"
          />
        </Section>
      </TaskForm>
    </ContextLayout>
  );
};
