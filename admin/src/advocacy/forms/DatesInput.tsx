import { ArrayInput, DateInput, SimpleFormIterator, required } from 'react-admin';
import { AddItemsButton } from '../../institutional/forms/AddItemsButton';

const validateDate = [required()];

const validateDays = (max: number) => (value: unknown[] | undefined) => {
  const count = (value ?? []).length;
  if (count < 1) return { message: 'mentorflow.advocacy.validation.list_min', args: { smart_count: 1 } };
  if (count > max) return { message: 'mentorflow.advocacy.validation.list_max', args: { smart_count: max } };
  return undefined;
};

/** `<source>.N`: the days of a session (the training's two days), one to `max`. */
export const DatesInput = ({ source, readOnly, max = 5 }: { source: string; readOnly: boolean; max?: number }) => (
  <ArrayInput source={source} label={false} validate={validateDays(max)} helperText={false}>
    <SimpleFormIterator
      inline
      disableReordering
      disableAdd={readOnly}
      disableRemove={readOnly}
      disableClear
      addButton={<AddItemsButton label="mentorflow.advocacy.training.add_date" testId={`add-${source}`} item={null} />}
      getItemLabel={(index) => `${index + 1}.`}
    >
      <DateInput
        source=""
        label="mentorflow.advocacy.training.date"
        validate={validateDate}
        helperText={false}
        fullWidth={false}
        disabled={readOnly}
        sx={{ width: 220 }}
      />
    </SimpleFormIterator>
  </ArrayInput>
);
