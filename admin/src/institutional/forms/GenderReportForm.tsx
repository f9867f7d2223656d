import { BooleanInput } from 'react-admin';
import { pathResolver } from '../../common/fieldPaths';
import { RequiredRadios } from '../../common/forms/ChoiceInputs';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { mainstreamingChoices } from '../choices';
import type { GenderReportData } from '../domain';
import { ContextLayout } from '../../tasks/context/ContextLayout';
import { GenderReportContextPanel } from '../../tasks/context/TaskContextPanels';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';

type Values = FormValues;

const emptyValues: Values = {
  findings: '',
  recommendations: '',
  mainstreamingLevel: null,
  genderPlanRequired: false,
};

const toPayload = (values: Values): GenderReportData => ({
  findings: String(values.findings ?? '').trim(),
  recommendations: String(values.recommendations ?? '').trim(),
  mainstreamingLevel: values.mainstreamingLevel,
  genderPlanRequired: !!values.genderPlanRequired,
});

const resolvePath = pathResolver({
  inputs: [/^(findings|recommendations|mainstreamingLevel|genderPlanRequired)$/],
});

const form: TaskDataSpec = { empty: emptyValues, toPayload, resolvePath };

/** The gender expert's evaluation report, written from the self-assessment session. */
export const GenderReportForm = ({ task, readOnly, config }: TaskFormPageProps) => (
  <ContextLayout context={<GenderReportContextPanel task={task} config={config} />}>
    <TaskDataForm task={task} readOnly={readOnly} spec={form}>
      <Section title="mentorflow.gender_report.report">
        <LongTextInput
          source="findings"
          label="mentorflow.gender_report.findings"
          minRows={5}
          maxLength={20000}
          helperText="mentorflow.gender_report.findings_help"
        />
        <LongTextInput source="recommendations" label="mentorflow.gender_report.recommendations" minRows={4} maxLength={20000} />
      </Section>
      <Section title="mentorflow.gender_report.assessment">
        <RequiredRadios
          source="mainstreamingLevel"
          label="mentorflow.gender_report.mainstreaming_level"
          choices={mainstreamingChoices}
          row={false}
        />
        <BooleanInput
          source="genderPlanRequired"
          label="mentorflow.gender_report.plan_required"
          helperText="mentorflow.gender_report.plan_required_help"
        />
      </Section>
    </TaskDataForm>
  </ContextLayout>
);
