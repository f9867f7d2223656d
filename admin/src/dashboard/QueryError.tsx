import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A failed load with the server's message and a retry. */
export const QueryError = ({ error, onRetry, testId }: { error: unknown; onRetry: () => void; testId?: string }) => {
  const translate = useTranslate();
  const message = error instanceof Error ? error.message : '';
  return (
    <Alert
      severity="error"
      sx={{ mt: 2 }}
      data-testid={testId}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate('mentorflow.common.retry')}
        </Button>
      }
    >
      {translate(message || 'ra.notification.http_error', { _: message })}
    </Alert>
  );
};
