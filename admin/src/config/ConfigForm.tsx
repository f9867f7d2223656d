import type { ReactNode } from 'react';
import { Alert, Box, Toolbar } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { Form, useTranslate } from 'react-admin';
import { useFormState, type FieldValues } from 'react-hook-form';
import type { SubmissionErrors } from '../common/fieldPaths';
import { FormRootError } from '../common/FormRootError';
import { SubmitButton } from '../common/SubmitButton';

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

/** "Save as version N", once something changed. */
const SaveConfigButton = ({ version }: { version: number }) => {
  const { isDirty } = useFormState();
  return (
    <SubmitButton
      label="mentorflow.config.save"
      labelArgs={{ version: version + 1 }}
      disabled={!isDirty}
      icon={<SaveIcon />}
      testId="config-save"
    />
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
      <FormRootError testId="config-error" />
      <ErrorCount />
      {children}
    </Box>
    <Toolbar disableGutters sx={{ position: 'sticky', bottom: 0, bgcolor: 'background.paper', zIndex: 2, gap: 2 }}>
      <SaveConfigButton version={version} />
    </Toolbar>
  </Form>
);
