import type { ReactNode } from 'react';
import { Alert, Box, Button, CircularProgress, Toolbar } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { Form, useTranslate } from 'react-admin';
import { useFormState, type FieldValues } from 'react-hook-form';
import type { SubmissionErrors } from '../common/fieldPaths';

/** Server errors no input shows. */
const RootError = () => {
  const { errors } = useFormState();
  const message = (errors.root?.serverError as { message?: string } | undefined)?.message;
  return message ? (
    <Alert severity="error" sx={{ mb: 2 }} data-testid="config-error">
      {message}
    </Alert>
  ) : null;
};

/** A count of the inputs in error, so a long tab says something went wrong at the top. */
const ErrorCount = () => {
  const translate = useTranslate();
  const { errors, submitCount, isSubmitting } = useFormState();
  const count = Object.keys(errors).filter((key) => key !== 'root').length;
  if (!count || !submitCount || isSubmitting) return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }} data-testid="config-field-errors">
      {translate('mentorflow.config.fix_errors')}
    </Alert>
  );
};

const SaveConfigButton = ({ version }: { version: number }) => {
  const translate = useTranslate();
  const { isSubmitting, isDirty } = useFormState();
  return (
    <Button
      type="submit"
      variant="contained"
      disabled={isSubmitting || !isDirty}
      startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : <SaveIcon />}
      data-testid="config-save"
    >
      {translate('mentorflow.config.save', { version: version + 1 })}
    </Button>
  );
};

interface ConfigFormProps<V extends FieldValues> {
  /** The values the tab edits (remounted on a new version). */
  values: V;
  version: number;
  onSubmit: (values: V) => Promise<SubmissionErrors | undefined>;
  testId: string;
  children: ReactNode;
}

/** One tab's form: its inputs, the server's errors, and "Save as version N". */
export const ConfigForm = <V extends FieldValues>({ values, version, onSubmit, testId, children }: ConfigFormProps<V>) => (
  <Form record={values} onSubmit={(submitted: FieldValues) => onSubmit(submitted as V)} noValidate>
    <Box data-testid={testId} sx={{ pt: 2 }}>
      <RootError />
      <ErrorCount />
      {children}
    </Box>
    <Toolbar disableGutters sx={{ position: 'sticky', bottom: 0, bgcolor: 'background.paper', zIndex: 2, gap: 2 }}>
      <SaveConfigButton version={version} />
    </Toolbar>
  </Form>
);
