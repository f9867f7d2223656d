import { useMemo } from 'react';
import { TextInput, maxLength as maxLengthOf, required, type TextInputProps } from 'react-admin';

export interface LongTextInputProps extends Omit<TextInputProps, 'multiline'> {
  /** The most characters the API takes. */
  maxLength?: number;
  /** Not required; says so under the input unless `helperText` says something else. */
  optional?: boolean;
}

/**
 * A text of several lines (findings, notes, a rationale): required unless `optional`, at most
 * `maxLength` characters, three lines high unless `minRows` says otherwise. A `validate` of its
 * own replaces those two rules.
 */
export const LongTextInput = ({ maxLength, optional, minRows = 3, validate, helperText, ...props }: LongTextInputProps) => {
  // Made once per rule set: react-admin wants the same validators on every render.
  const rules = useMemo(() => [...(optional ? [] : [required()]), ...(maxLength ? [maxLengthOf(maxLength)] : [])], [optional, maxLength]);
  return (
    <TextInput
      multiline
      minRows={minRows}
      validate={validate ?? rules}
      helperText={helperText ?? (optional ? 'mentorflow.common.optional' : undefined)}
      {...props}
    />
  );
};
