import type { ReactNode } from 'react';
import { Button, CircularProgress, type ButtonProps } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface BusyButtonProps extends Omit<ButtonProps, 'startIcon' | 'children'> {
  /** While its action is on its way: disabled, a spinner in place of the icon. */
  busy: boolean;
  /** Translation key, with its arguments. */
  label: string;
  labelArgs?: Record<string, unknown>;
  icon?: ReactNode;
  spinnerSize?: number;
  testId?: string;
}

/** A button whose action takes a while (saving, sending, downloading). */
export const BusyButton = ({ busy, label, labelArgs, icon, spinnerSize = 16, testId, disabled, ...props }: BusyButtonProps) => {
  const translate = useTranslate();
  // On a filled button the spinner takes the label's colour; elsewhere the theme's.
  const spinner = <CircularProgress size={spinnerSize} color={props.variant === 'contained' ? 'inherit' : undefined} />;
  return (
    <Button disabled={busy || disabled} startIcon={busy ? spinner : icon} data-testid={testId} {...props}>
      {translate(label, labelArgs)}
    </Button>
  );
};
