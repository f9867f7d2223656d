import { Alert } from '@mui/material';
import { useFormState } from 'react-hook-form';

/** A react-admin form's server error that belongs to no input (e.g. "elements.governance is missing"). */
export const FormRootError = ({ testId }: { testId?: string }) => {
  const { errors } = useFormState();
  const message = (errors.root?.serverError as { message?: string } | undefined)?.message;
  if (!message) return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }} data-testid={testId}>
      {message}
    </Alert>
  );
};
