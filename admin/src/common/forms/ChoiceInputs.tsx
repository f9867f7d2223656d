import { useMemo } from 'react';
import {
  CheckboxGroupInput,
  RadioButtonGroupInput,
  SelectInput,
  required,
  type CheckboxGroupInputProps,
  type RadioButtonGroupInputProps,
  type SelectInputProps,
} from 'react-admin';

const validateRequired = [required()];

/** A choice the workflow requires, as radio buttons. */
export const RequiredRadios = (props: Omit<RadioButtonGroupInputProps, 'validate'>) => (
  <RadioButtonGroupInput validate={validateRequired} {...props} />
);

/** A choice the workflow requires, as a drop-down. */
export const RequiredSelect = (props: Omit<SelectInputProps, 'validate'>) => <SelectInput validate={validateRequired} {...props} />;

/** At least one ticked, else `message`. */
export const atLeastOne = (message: string) => (value: unknown[] | undefined) => (!value || value.length === 0 ? message : undefined);

interface ChecklistInputProps extends Omit<CheckboxGroupInputProps, 'validate'> {
  /** The message when none is ticked. */
  noneMessage: string;
}

/**
 * Boxes to tick, at least one: by default names the program brings in the reader's language
 * already (needs, modules, principles), one under the other.
 */
export const ChecklistInput = ({ noneMessage, translateChoice = false, row = false, ...props }: ChecklistInputProps) => {
  const validate = useMemo(() => atLeastOne(noneMessage), [noneMessage]);
  return <CheckboxGroupInput validate={validate} translateChoice={translateChoice} row={row} {...props} />;
};
