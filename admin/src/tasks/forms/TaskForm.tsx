import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Form, Toolbar, useTranslate } from 'react-admin';
import { useFormState, type FieldValues } from 'react-hook-form';
import type { AdvocacyTaskData } from '../../advocacy/domain';
import type { PathResolver, SubmissionErrors } from '../../common/fieldPaths';
import type { TaskData } from '../../institutional/domain';
import type { TaskRecord } from '../../institutional/types';
import { useCompleteTask } from './useCompleteTask';

/** Server errors that belong to no input (e.g. "elements.governance is missing"). */
const FormErrorAlert = () => {
    const { errors } = useFormState();
    const message = (errors.root?.serverError as { message?: string } | undefined)?.message;
    if (!message) return null;
    return (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="task-form-error">
            {message}
        </Alert>
    );
};

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
            const first = container.current?.querySelector(
                '[data-testid="task-form-error"], .MuiFormHelperText-root.Mui-error'
            );
            first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        }, 50);
        return () => clearTimeout(timer);
    }, [submitCount, isSubmitting, hasErrors, container]);
    return null;
};

const SubmitTaskButton = ({ label = 'mentorflow.tasks.submit' }: { label?: string }) => {
    const translate = useTranslate();
    const { isSubmitting } = useFormState();
    return (
        <Button
            type="submit"
            variant="contained"
            disabled={isSubmitting}
            startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : <TaskAltIcon />}
            data-testid="task-submit"
        >
            {translate(isSubmitting ? 'mentorflow.tasks.submitting' : label)}
        </Button>
    );
};

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

/**
 * The frame of every task form: react-admin's Form with a pessimistic submit
 * (useMutation, the page waits for the workflow), server field errors on the inputs and
 * a sticky "Complete task" toolbar.
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
    const translate = useTranslate();
    const container = useRef<HTMLDivElement>(null);
    const complete = useCompleteTask(task, resolvePath);
    return (
        <Form
            // The form's values come from here, not from the task record in context.
            record={initialValues}
            onSubmit={(values: FieldValues) => (submit ?? complete)(toPayload(values as Values))}
            noValidate
            disabled={readOnly}
        >
            <Box ref={container} data-testid={`task-form-${task.type}`}>
                <FormErrorAlert />
                <ScrollToFirstError container={container} />
                {children}
            </Box>
            {!readOnly && (
                <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
                    <SubmitTaskButton label={submitLabel} />
                    <Typography variant="caption" color="text.secondary">
                        {translate(submitHelp)}
                    </Typography>
                </Toolbar>
            )}
        </Form>
    );
};
