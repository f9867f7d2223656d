import { useFormState } from 'react-hook-form';
import { BusyButton, type BusyButtonProps } from './forms/BusyButton';

interface SubmitButtonProps extends Pick<
  BusyButtonProps,
  'label' | 'labelArgs' | 'color' | 'disabled' | 'icon' | 'spinnerSize' | 'testId'
> {
  /** What it says while the form is being sent (the label by default). */
  busyLabel?: string;
}

/** A react-admin form's submit button: disabled, with a spinner, while the form is sent. */
export const SubmitButton = ({ label, busyLabel, ...props }: SubmitButtonProps) => {
  const { isSubmitting } = useFormState();
  return (
    <BusyButton type="submit" variant="contained" busy={isSubmitting} label={isSubmitting && busyLabel ? busyLabel : label} {...props} />
  );
};
