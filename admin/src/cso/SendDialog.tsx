import type { FormEvent, ReactNode } from 'react';
import { Dialog, DialogContent, DialogTitle, TextField, type DialogProps, type TextFieldProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DialogButtons } from '../common/dialogs/DialogButtons';

interface SendDialogProps {
  open: boolean;
  onClose: () => void;
  /**
   * The dialog's name: its texts are `mentorflow.cso.<name>.title` and `.submit`, its test ids
   * `<name>-dialog` and `<name>-submit`.
   */
  name: string;
  maxWidth: DialogProps['maxWidth'];
  /** The form's submission (useCheckedSubmit) and whether it is on its way. */
  submission: { submit: (event: FormEvent) => void; busy: boolean };
  children: ReactNode;
}

/** A CSO dialog holding a plain form: its title, its inputs, Cancel and the sending button. */
export const SendDialog = ({ open, onClose, name, maxWidth, submission, children }: SendDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth} data-testid={`${name}-dialog`}>
      <form onSubmit={submission.submit} noValidate>
        <DialogTitle>{translate(`mentorflow.cso.${name}.title`)}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogButtons
          busy={submission.busy}
          onCancel={onClose}
          confirm={{ label: `mentorflow.cso.${name}.submit`, testId: `${name}-submit` }}
        />
      </form>
    </Dialog>
  );
};

/** A few lines of text in a SendDialog (a comment, a note): the whole width, its value as a string. */
export const NoteField = ({ onChange, ...field }: Omit<TextFieldProps, 'onChange'> & { onChange: (value: string) => void }) => (
  <TextField fullWidth multiline minRows={3} margin="dense" onChange={(e) => onChange(e.target.value)} {...field} />
);
