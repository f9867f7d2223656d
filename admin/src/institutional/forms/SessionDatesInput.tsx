import { ArrayInput, DateInput, SimpleFormIterator, required } from 'react-admin';
import { AddItemsButton } from './AddItemsButton';

const validateDate = [required()];

/** sessionDates.N: the days of the participatory session (two by default, up to five). */
export const SessionDatesInput = ({ readOnly }: { readOnly: boolean }) => (
  <ArrayInput source="sessionDates" label={false} helperText={false}>
    <SimpleFormIterator
      inline
      disableReordering
      disableAdd={readOnly}
      disableRemove={readOnly}
      disableClear
      addButton={<AddItemsButton label="mentorflow.self_assessment.add_date" testId="add-session-date" />}
      getItemLabel={(index) => `${index + 1}.`}
    >
      <DateInput
        source=""
        label="mentorflow.self_assessment.session_date"
        validate={validateDate}
        helperText={false}
        fullWidth={false}
        disabled={readOnly}
        sx={{ width: 240 }}
      />
    </SimpleFormIterator>
  </ArrayInput>
);
