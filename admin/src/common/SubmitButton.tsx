import type { ReactNode } from 'react';
import { Button, CircularProgress, type ButtonProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';

interface SubmitButtonProps {
  /** Translation key, with its arguments. */
  label: string;
  labelArgs?: Record<string, unknown>;
  /** What it says while the form is being sent (the label by default). */
  busyLabel?: string;
  color?: ButtonProps['color'];
  disabled?: boolean;
  /** The icon when not sending (a spinner takes its place while sending). */
  icon?: ReactNode;
  spinnerSize?: number;
  testId?: string;
}

/** A react-admin form's submit button: disabled, with a spinner, while the form is sent. */
export const SubmitButton = ({ label, labelArgs, busyLabel, color, disabled, icon, spinnerSize = 16, testId }: SubmitButtonProps) => {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  return (
    <Button
      type="submit"
      variant="contained"
      color={color}
      disabled={isSubmitting || disabled}
      startIcon={isSubmitting ? <CircularProgress size={spinnerSize} color="inherit" /> : icon}
      data-testid={testId}
    >
      {translate(isSubmitting && busyLabel ? busyLabel : label, labelArgs)}
    </Button>
  );
};
