import { Box, Typography } from '@mui/material';
import { DateInput, TextInput, maxLength, required, useTranslate } from 'react-admin';
import type { IssueWorkshopData } from '../domain';
import { pathResolver } from '../../common/fieldPaths';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';
import { PeopleInput } from './PeopleInput';
import { TextListInput } from './TextListInput';

const validateDate = [required()];
const validateIssue = [required(), maxLength(500)];

type Values = FormValues;

const emptyValues: Values = {
  date: null,
  participants: [
    { name: '', position: '' },
    { name: '', position: '' },
  ],
  issuesConsidered: [''],
  chosenIssue: '',
  rationale: '',
  researchEvidence: '',
};

const text = (value: unknown) => String(value ?? '').trim();

const toPayload = (values: Values): IssueWorkshopData => ({
  date: values.date ? String(values.date) : '',
  participants: (values.participants ?? []).map((p: Values | null) => ({ name: text(p?.name), position: text(p?.position) })),
  issuesConsidered: (values.issuesConsidered ?? []).map(text),
  chosenIssue: text(values.chosenIssue),
  rationale: text(values.rationale),
  researchEvidence: text(values.researchEvidence),
});

const resolvePath = pathResolver({
  inputs: [/^(date|chosenIssue|rationale|researchEvidence)$/, /^participants\.\d+\.(name|position)$/, /^issuesConsidered\.\d+$/],
  arrays: ['participants', 'issuesConsidered'],
});

const form: TaskDataSpec = { empty: emptyValues, toPayload, resolvePath };

/** The issue identification workshop: the issues weighed, the one chosen and why. */
export const IssueWorkshopForm = ({ task, readOnly }: TaskFormPageProps) => {
  const translate = useTranslate();
  return (
    <TaskDataForm task={task} readOnly={readOnly} spec={form}>
      <Section title="mentorflow.advocacy.workshop.session">
        <DateInput source="date" label="mentorflow.advocacy.workshop.date" validate={validateDate} sx={{ width: 220 }} />
        <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600, mt: 1 }}>
          {translate('mentorflow.advocacy.workshop.participants')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('mentorflow.advocacy.workshop.participants_help')}
        </Typography>
        <PeopleInput source="participants" min={2} readOnly={readOnly} />
      </Section>
      <Section title="mentorflow.advocacy.workshop.issues" help="mentorflow.advocacy.workshop.issues_help" testId="section-issues">
        <TextListInput
          source="issuesConsidered"
          label="mentorflow.advocacy.workshop.issues_considered"
          addLabel="mentorflow.advocacy.workshop.add_issue"
          min={1}
          readOnly={readOnly}
        />
        <Box sx={{ mt: 1 }}>
          <TextInput
            source="chosenIssue"
            label="mentorflow.advocacy.workshop.chosen_issue"
            validate={validateIssue}
            helperText="mentorflow.advocacy.workshop.chosen_issue_help"
          />
          <LongTextInput source="rationale" label="mentorflow.advocacy.workshop.rationale" maxLength={4000} />
          <LongTextInput
            source="researchEvidence"
            label="mentorflow.advocacy.workshop.research_evidence"
            maxLength={8000}
            helperText="mentorflow.advocacy.workshop.research_evidence_help"
          />
        </Box>
      </Section>
    </TaskDataForm>
  );
};
