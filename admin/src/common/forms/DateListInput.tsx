import { DateInput, required, type Validator } from 'react-admin';
import { ListInput } from './ListInput';

const validateDate = [required()];

interface DateListInputProps {
  /** The array's field: the dates are `<source>.N`. */
  source: string;
  readOnly: boolean;
  validate?: Validator | Validator[];
  /** Translation keys of the "Add ..." button and of each date. */
  labels: { add: string; date: string };
  addTestId: string;
  /** A new date's value (by default the input's own). */
  newDate?: null;
  width: number;
}

/** The days of a session, each one required. */
export const DateListInput = ({ source, readOnly, validate, labels, addTestId, newDate, width }: DateListInputProps) => (
  <ListInput source={source} readOnly={readOnly} validate={validate} add={{ label: labels.add, testId: addTestId, item: newDate }}>
    <DateInput
      source=""
      label={labels.date}
      validate={validateDate}
      helperText={false}
      fullWidth={false}
      disabled={readOnly}
      sx={{ width }}
    />
  </ListInput>
);
