import type { ReactNode } from 'react';
import { Dialog, DialogContent, DialogTitle, LinearProgress } from '@mui/material';
import { Form, type ValidateForm } from 'react-admin';
import type { FieldValues } from 'react-hook-form';

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  testId: string;
  /** Which control signal the dialog sends, if it sends one (`data-signal`). */
  'data-signal'?: string;
  /** While the form's draft is read: a progress bar (`draft-loading`) instead of the form. */
  loading?: boolean;
  /** Translated. */
  title: string;
  /** react-admin's onSubmit: the errors to show, or undefined. */
  onSubmit: (values: FieldValues) => Promise<unknown>;
  defaultValues: Record<string, unknown>;
  validate?: ValidateForm;
  /** The inputs and texts of the dialog. */
  children: ReactNode;
  /** Its buttons, inside the form (FormDialogButtons or DraftDialogButtons). */
  buttons: ReactNode;
}

/** A dialog holding a small react-admin form, mounted afresh each time it opens. */
export const FormDialog = ({
  open,
  onClose,
  testId,
  loading,
  title,
  onSubmit,
  defaultValues,
  validate,
  children,
  buttons,
  ...rest
}: FormDialogProps) => (
  <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid={testId} data-signal={rest['data-signal']}>
    {open && loading && <LinearProgress data-testid="draft-loading" />}
    {open && !loading && (
      <Form onSubmit={onSubmit} noValidate defaultValues={defaultValues} validate={validate}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        {buttons}
      </Form>
    )}
  </Dialog>
);
