import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Form, Toolbar, useLocale, useTranslate } from 'react-admin';
import { useFormContext, useFormState, type FieldValues } from 'react-hook-form';
import type { AdvocacyTaskData } from '../../advocacy/domain';
import { DraftStatus, formatSavedAt, LeaveGuard, useDraft, useDraftAutosave } from '../../common/drafts';
import type { PathResolver, SubmissionErrors } from '../../common/fieldPaths';
import { FormRootError } from '../../common/FormRootError';
import { SubmitButton } from '../../common/SubmitButton';
import type { DraftTarget } from '../../data/dataProvider';
import type { TaskData } from '../../institutional/domain';
import type { TaskRecord } from '../../institutional/types';
import { useCompleteTask } from './useCompleteTask';

/** After a submission with errors, bring the first one into view: the grids are long. */
const ScrollToFirstError = ({ container }: { container: RefObject<HTMLDivElement | null> }) => {
  const { submitCount, isSubmitting, errors } = useFormState();
  const scrolledFor = useRef(0);
  const hasErrors = Object.keys(errors).length > 0;
  useEffect(() => {
    if (isSubmitting || !hasErrors || submitCount <= scrolledFor.current) return;
    scrolledFor.current = submitCount;
    const timer = setTimeout(() => {
      // The first visible message: an alert, an input's helper text or a grade's.
      const first = container.current?.querySelector('[data-testid="task-form-error"], .MuiFormHelperText-root.Mui-error');
      first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }, 50);
    return () => clearTimeout(timer);
  }, [submitCount, isSubmitting, hasErrors, container]);
  return null;
};

const SubmitTaskButton = ({ label = 'mentorflow.tasks.submit' }: { label?: string }) => (
  <SubmitButton label={label} busyLabel="mentorflow.tasks.submitting" icon={<TaskAltIcon />} spinnerSize={18} testId="task-submit" />
);

export interface TaskFormProps<Values extends Record<string, unknown>> {
  task: TaskRecord;
  /** Completed tasks, and open ones assigned to someone else, are shown read-only. */
  readOnly: boolean;
  initialValues: Values;
  /** Form values -> the exact completion payload of task-data.ts. */
  toPayload: (values: Values) => TaskData | AdvocacyTaskData;
  /** Where each server error path is shown (see common/fieldPaths.ts). */
  resolvePath: PathResolver;
  children: ReactNode;
  /** Another pessimistic call instead of completing the task (advocacy plan drafts). */
  submit?: (data: TaskData | AdvocacyTaskData) => Promise<SubmissionErrors | undefined>;
  /** Translation keys of the submit button and the text beside it. */
  submitLabel?: string;
  submitHelp?: string;
}

/** "Draft restored from 14:05" with a way back to the empty form (or the task's data). */
const RestoredAlert = ({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      data-testid="draft-restored"
      action={
        <Button color="inherit" size="small" data-testid="draft-discard" onClick={onDiscard}>
          {translate('mentorflow.drafts.discard')}
        </Button>
      }
    >
      {translate('mentorflow.drafts.restored', { time: formatSavedAt(savedAt, locale) })}
    </Alert>
  );
};

/** The assignee's draft as the form opened: where it is kept, when it was last saved, how to drop it. */
interface OpenedDraft {
  target: DraftTarget;
  savedAt: string | null;
  discard: () => Promise<void>;
}

interface EditableBodyProps {
  task: TaskRecord;
  opened: OpenedDraft;
  initialValues: Record<string, unknown>;
  children: ReactNode;
  submitLabel?: string;
  submitHelp: string;
}

/**
 * Inside the Form: the fields, and (for the assignee) the draft kept as they type, restored on
 * reopen, reload or another device, its "saved at" beside the submit button, and a question
 * before leaving with typing not yet saved.
 */
const EditableBody = ({ task, opened, initialValues, children, submitLabel, submitHelp }: EditableBodyProps) => {
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const { reset } = useFormContext();
  const { isSubmitting, isSubmitSuccessful } = useFormState();
  const draft = useDraftAutosave(opened.target, opened.savedAt);
  const restored = useRef(!!opened.savedAt);
  const discard = async () => {
    restored.current = false;
    await opened.discard();
    reset(initialValues);
  };
  return (
    <>
      <LeaveGuard active={draft.unsaved && !isSubmitting && !isSubmitSuccessful} save={draft.flush} />
      <Box ref={container} data-testid={`task-form-${task.type}`}>
        {restored.current && opened.savedAt && <RestoredAlert savedAt={opened.savedAt} onDiscard={discard} />}
        <FormRootError testId="task-form-error" />
        <ScrollToFirstError container={container} />
        {children}
      </Box>
      <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
        <SubmitTaskButton label={submitLabel} />
        <Box sx={{ display: 'grid', gap: 0.25 }}>
          <DraftStatus draft={draft} />
          {/* On a phone the sticky toolbar keeps to the button and the draft's state. */}
          <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>
            {translate(submitHelp)}
          </Typography>
        </Box>
      </Toolbar>
    </>
  );
};

/**
 * The frame of every task form: react-admin's Form with a pessimistic submit
 * (useMutation, the page waits for the workflow), server field errors on the inputs and
 * a sticky "Complete task" toolbar. The assignee's server-side draft, when there is one,
 * is the form's starting point.
 */
export const TaskForm = <Values extends Record<string, unknown>>({
  task,
  readOnly,
  initialValues,
  toPayload,
  resolvePath,
  children,
  submit,
  submitLabel,
  submitHelp = 'mentorflow.tasks.submit_help',
}: TaskFormProps<Values>) => {
  const complete = useCompleteTask(task, resolvePath);
  const draftTarget = useMemo<DraftTarget>(() => ({ taskId: task.id }), [task.id]);
  const draft = useDraft(draftTarget, !readOnly);
  // The draft as the form opened: later reads must not reset what is being typed.
  const opened = useRef<{ data: Values | null; updatedAt: string | null } | null>(null);
  if (!readOnly && draft.isPending) return <LinearProgress data-testid="draft-loading" />;
  // A draft that cannot be read (e.g. offline) must not block the form: start from the task.
  if (!readOnly && !opened.current)
    opened.current = { data: (draft.data?.data as Values | null) ?? null, updatedAt: draft.data?.updatedAt ?? null };
  const saved = opened.current;
  const values = saved?.data ?? initialValues;
  return (
    <Form
      // The form's values come from here, not from the task record in context.
      record={values}
      onSubmit={(formValues: FieldValues) => (submit ?? complete)(toPayload(formValues as Values))}
      noValidate
      disabled={readOnly}
    >
      {readOnly ? (
        <Box data-testid={`task-form-${task.type}`}>
          <FormRootError testId="task-form-error" />
          {children}
        </Box>
      ) : (
        <EditableBody
          task={task}
          opened={{ target: draftTarget, savedAt: saved?.updatedAt ?? null, discard: draft.discard }}
          initialValues={initialValues}
          submitLabel={submitLabel}
          submitHelp={submitHelp}
        >
          {children}
        </EditableBody>
      )}
    </Form>
  );
};
