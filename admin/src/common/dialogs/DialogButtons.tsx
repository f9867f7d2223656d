import type { ReactNode } from 'react';
import { Box, Button, CircularProgress, DialogActions, type ButtonProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';

export interface DialogButtonsProps {
  /** While the confirmation is on its way: both buttons disabled, a spinner in the confirming one. */
  busy: boolean;
  onCancel: () => void;
  cancelTestId?: string;
  /** The confirming button: its translation key, data-testid and color; it submits the dialog's form unless `onConfirm` is given. */
  confirm: { label: string; testId: string; color?: ButtonProps['color']; onConfirm?: () => void };
  /** Left of the buttons, e.g. the draft's "saved at". */
  status?: ReactNode;
  /** Anything else the buttons bring along (a leave guard). */
  children?: ReactNode;
}

/** A dialog's Cancel and confirming buttons. */
export const DialogButtons = ({ busy, onCancel, cancelTestId, confirm, status, children }: DialogButtonsProps) => {
  const translate = useTranslate();
  return (
    <DialogActions sx={status ? { flexWrap: 'wrap', gap: 1 } : undefined}>
      {children}
      {status && <Box sx={{ flex: 1, pl: 1 }}>{status}</Box>}
      <Button onClick={onCancel} disabled={busy} data-testid={cancelTestId}>
        {translate('ra.action.cancel')}
      </Button>
      <Button
        type={confirm.onConfirm ? 'button' : 'submit'}
        variant="contained"
        color={confirm.color}
        onClick={confirm.onConfirm}
        disabled={busy}
        startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        data-testid={confirm.testId}
      >
        {translate(confirm.label)}
      </Button>
    </DialogActions>
  );
};

/** The buttons of a dialog's react-hook-form (react-admin) Form: busy while it submits. */
export const FormDialogButtons = (props: Omit<DialogButtonsProps, 'busy'>) => {
  const { isSubmitting } = useFormState();
  return <DialogButtons busy={isSubmitting} {...props} />;
};
