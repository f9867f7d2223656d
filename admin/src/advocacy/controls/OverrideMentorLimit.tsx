import { Alert, AlertTitle } from '@mui/material';
import { BooleanInput, useTranslate } from 'react-admin';

/**
 * Shown after the API refused a mentor at the advocacy limit: the server's message and the
 * "Override the mentor limit" switch (`override`, `data-testid="override-mentor-limit"`).
 */
export const OverrideMentorLimit = ({ message }: { message: string | null }) => {
  const translate = useTranslate();
  if (!message) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }} data-testid="mentor-limit">
      <AlertTitle>{translate('mentorflow.advocacy.limit.title')}</AlertTitle>
      {message}
      <BooleanInput
        source="override"
        label="mentorflow.advocacy.limit.override"
        helperText="mentorflow.advocacy.limit.override_help"
        data-testid="override-mentor-limit"
        sx={{ mt: 1 }}
      />
    </Alert>
  );
};
