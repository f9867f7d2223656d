import { useRef, useState } from 'react';
import { Alert, Paper } from '@mui/material';
import { Confirm, DateInput, required, useTranslate } from 'react-admin';
import type { AdvocacyTaskData, PresentationData } from '../domain';
import { PlanView } from '../plan/PlanView';
import { ReviewNote } from '../plan/ReviewNote';
import { approvedVersion } from '../plan/versions';
import { advocacyContext } from '../types';
import { pathResolver } from '../../common/fieldPaths';
import { LongTextInput } from '../../common/forms/LongTextInput';
import { Section } from '../../tasks/forms/Section';
import { TaskDataForm, type TaskDataSpec } from '../../common/forms/TaskDataForm';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';
import { useCompleteTask } from '../../tasks/forms/useCompleteTask';
import { TextListInput } from './TextListInput';

const validateDate = [required()];

type Values = FormValues;

const toPayload = (values: Values): PresentationData => ({
  date: values.date ? String(values.date) : '',
  audience: (values.audience ?? []).map((a: unknown) => String(a ?? '').trim()),
  feedback: String(values.feedback ?? '').trim(),
});

const resolvePath = pathResolver({ inputs: [/^(date|feedback)$/, /^audience\.\d+$/], arrays: ['audience'] });

const form: TaskDataSpec = { empty: { date: null, audience: [''], feedback: '' }, toPayload, resolvePath };

/**
 * Completing the presentation locks the plan for good: it is confirmed first
 * (`data-testid="confirm-lock"`), then completed as any task.
 */
const useConfirmedCompletion = (task: TaskFormPageProps['task']) => {
  const complete = useCompleteTask(task, resolvePath);
  const [open, setOpen] = useState(false);
  const answer = useRef<(ok: boolean) => void>(() => undefined);
  const submit = async (data: AdvocacyTaskData) => {
    const ok = await new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setOpen(true);
    });
    setOpen(false);
    return ok ? complete(data) : undefined;
  };
  return { submit, open, answer: (ok: boolean) => answer.current(ok) };
};

/**
 * The presentation and finalisation session: the approved plan is presented; completing
 * the task makes that version final and locks it.
 */
export const PresentationForm = ({ task, readOnly }: TaskFormPageProps) => {
  const translate = useTranslate();
  const approved = approvedVersion(advocacyContext(task)?.planVersions);
  const confirmation = useConfirmedCompletion(task);
  return (
    <>
      <TaskDataForm
        task={task}
        readOnly={readOnly}
        spec={form}
        submit={(data) => confirmation.submit(data as AdvocacyTaskData)}
        submitHelp="mentorflow.advocacy.presentation.submit_help"
      >
        {approved && !readOnly && (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="finalises-version">
            {translate('mentorflow.advocacy.presentation.finalises', { version: approved.version })}
          </Alert>
        )}
        <Section title="mentorflow.advocacy.presentation.session">
          <DateInput source="date" label="mentorflow.advocacy.presentation.date" validate={validateDate} sx={{ width: 220 }} />
          <TextListInput
            source="audience"
            label="mentorflow.advocacy.presentation.audience"
            addLabel="mentorflow.advocacy.presentation.add_audience"
            help="mentorflow.advocacy.presentation.audience_help"
            min={1}
            readOnly={readOnly}
          />
          <LongTextInput source="feedback" label="mentorflow.advocacy.presentation.feedback" maxLength={8000} />
        </Section>
        {approved && (
          <Section
            title="mentorflow.advocacy.presentation.plan"
            translateOptions={{ version: approved.version }}
            testId="section-approved-plan"
          >
            <Paper variant="outlined" sx={{ p: 2 }}>
              <ReviewNote version={approved} compact />
              <PlanView plan={approved.plan} testId="approved-plan-view" />
            </Paper>
          </Section>
        )}
      </TaskDataForm>
      <Confirm
        isOpen={confirmation.open}
        title="mentorflow.advocacy.presentation.confirm_title"
        content="mentorflow.advocacy.presentation.confirm_content"
        translateOptions={{ version: approved?.version ?? '' }}
        confirm="mentorflow.advocacy.presentation.confirm"
        onConfirm={() => confirmation.answer(true)}
        onClose={() => confirmation.answer(false)}
        data-testid="confirm-lock"
      />
    </>
  );
};
