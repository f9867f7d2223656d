import { useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, LinearProgress } from '@mui/material';
import SendIcon from '@mui/icons-material/TaskAlt';
import { HttpError, useLocale, useTranslate } from 'react-admin';
import { DraftStatus, LeaveGuard, useDraft } from '../common/drafts';
import { BusyButton } from '../common/forms/BusyButton';
import type { DraftTarget } from '../data/dataProvider';
import { LazyFormJsViewer } from '../programTypes/forms/LazyFormJs';
import { keyedComponents, localizeSchema } from '../programTypes/forms/localize';
import type { FormDef } from '../programTypes/types';
import { useFormDraft } from './useFormDraft';

/** A 400's field errors by form key (the api may prefix them with `data.`). */
export const fieldErrorsOf = (error: unknown): Record<string, string> | null => {
  if (!(error instanceof HttpError) || error.status !== 400) return null;
  const errors = (error.body as { errors?: Record<string, unknown> } | null)?.errors;
  if (!errors || typeof errors !== 'object') return null;
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.replace(/^data\./, ''),
      Array.isArray(message) ? message.join(' ') : String(message),
    ]),
  );
};

interface FormBodyProps {
  form: FormDef;
  target: DraftTarget;
  initialData: Record<string, unknown>;
  draftSavedAt: string | null;
  readOnly: boolean;
  submitLabel: string;
  /** Resolves when the server took it; rejects with the HttpError (a 400 names the fields). */
  onSubmit: (data: Record<string, unknown>) => Promise<void>;
  onCancel?: () => void;
  testId: string;
}

const FormBody = ({ form, target, initialData, draftSavedAt, readOnly, submitLabel, onSubmit, onCancel, testId }: FormBodyProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  const [values, setValues] = useState(initialData);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const api = useRef<{ submit: () => { data: Record<string, unknown>; errors: Record<string, string> } } | null>(null);
  const { autosave, hold } = useFormDraft(target, values, draftSavedAt, !readOnly);
  const schema = useMemo(() => localizeSchema(form, locale), [form, locale]);
  const keys = useMemo(() => new Set(keyedComponents(form.schema).map((component) => component.key as string)), [form]);

  const submit = async () => {
    const checked = api.current?.submit();
    if (checked && Object.keys(checked.errors).length > 0) {
      setErrors(checked.errors);
      setMessage(translate('mentorflow.template_programs.fix_fields'));
      return;
    }
    const data = checked?.data ?? values;
    setSubmitting(true);
    setMessage(null);
    try {
      await autosave.flush();
      // Held before sending: a successful submit navigates away without the leave dialog.
      hold(true);
      await onSubmit(data);
    } catch (error) {
      hold(false);
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) {
        setErrors(fieldErrors);
        const elsewhere = Object.entries(fieldErrors).filter(([key]) => !keys.has(key.split('.')[0]));
        setMessage([translate('mentorflow.template_programs.fix_fields'), ...elsewhere.map(([key, text]) => `${key}: ${text}`)].join(' '));
      } else {
        setMessage(error instanceof Error ? translate(error.message, { _: error.message }) : String(error));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid={testId}>
      {!readOnly && <LeaveGuard active={autosave.unsaved} save={autosave.flush} />}
      {message && (
        <Alert severity="error" data-testid="designed-form-error">
          {message}
        </Alert>
      )}
      <LazyFormJsViewer
        schema={schema}
        data={values}
        readOnly={readOnly}
        errors={errors}
        onChange={setValues}
        onReady={(ready) => {
          api.current = ready;
        }}
      />
      {!readOnly && (
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <BusyButton
            variant="contained"
            onClick={submit}
            busy={submitting}
            label={submitLabel}
            icon={<SendIcon />}
            spinnerSize={18}
            testId="designed-form-submit"
          />
          {onCancel && (
            <Button onClick={onCancel} disabled={submitting} data-testid="designed-form-cancel">
              {translate('ra.action.cancel')}
            </Button>
          )}
          <DraftStatus draft={autosave} />
        </Box>
      )}
    </Box>
  );
};

/**
 * A form designed in the program designer, filled with the form-js viewer in the reader's
 * language: the person's draft is restored and kept while they type; a 400 from the server
 * puts each message on its field.
 */
export const DesignedForm = (props: Omit<FormBodyProps, 'initialData' | 'draftSavedAt'> & { data?: Record<string, unknown> | null }) => {
  const draft = useDraft(props.target, !props.readOnly);
  if (!props.readOnly && draft.isPending) return <LinearProgress />;
  const restored = !props.readOnly ? draft.data?.data : null;
  return (
    <FormBody {...props} initialData={restored ?? props.data ?? {}} draftSavedAt={restored ? (draft.data?.updatedAt ?? null) : null} />
  );
};
