import type { FormEvent, ReactNode } from 'react';
import { Dialog, DialogContent, DialogTitle, TextField, type DialogProps, type TextFieldProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DialogButtons } from '../common/dialogs/DialogButtons';

interface SendDialogProps {
  open: boolean;
  onClose: () => void;
  testId: string;
  maxWidth: DialogProps['maxWidth'];
  /** Translation keys of the title and of the sending button, with its data-testid. */
  title: string;
  confirm: { label: string; testId: string };
  /** The form's submission (useCheckedSubmit) and whether it is on its way. */
  onSubmit: (event: FormEvent) => void;
  busy: boolean;
  children: ReactNode;
}

/** A CSO dialog holding a plain form: its title, its inputs, Cancel and the sending button. */
export const SendDialog = ({ open, onClose, testId, maxWidth, title, confirm, onSubmit, busy, children }: SendDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth} data-testid={testId}>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogButtons busy={busy} onCancel={onClose} confirm={confirm} />
      </form>
    </Dialog>
  );
};

/** A few lines of text in a SendDialog (a comment, a note): the whole width, its value as a string. */
export const NoteField = ({ onChange, ...field }: Omit<TextFieldProps, 'onChange'> & { onChange: (value: string) => void }) => (
  <TextField fullWidth multiline minRows={3} margin="dense" onChange={(e) => onChange(e.target.value)} {...field} />
);
