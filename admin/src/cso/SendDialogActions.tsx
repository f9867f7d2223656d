import { Button, DialogActions } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A CSO dialog's Cancel and its form's submit button (disabled while sending). */
export const SendDialogActions = ({
  onCancel,
  busy,
  label,
  testId,
}: {
  onCancel: () => void;
  busy: boolean;
  label: string;
  testId: string;
}) => {
  const translate = useTranslate();
  return (
    <DialogActions>
      <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
      <Button type="submit" variant="contained" disabled={busy} data-testid={testId}>
        {translate(label)}
      </Button>
    </DialogActions>
  );
};
