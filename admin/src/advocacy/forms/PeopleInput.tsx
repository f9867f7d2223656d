import { ArrayInput, SimpleFormIterator, TextInput, maxLength, required } from 'react-admin';
import { AddItemsButton } from '../../institutional/forms/AddItemsButton';
import { minEntries } from './TextListInput';

const validateText = [required(), maxLength(200)];

/**
 * People with their position (`<source>.N.name`, `<source>.N.position`): the training's
 * attendees, the workshop's participants. "Add person" is `data-testid="add-<source>"`.
 */
export const PeopleInput = ({ source, min, readOnly }: { source: string; min: number; readOnly: boolean }) => (
  <ArrayInput source={source} label={false} validate={minEntries(min)} helperText={false}>
    <SimpleFormIterator
      inline
      disableReordering
      disableAdd={readOnly}
      disableRemove={readOnly}
      disableClear
      addButton={<AddItemsButton label="mentorflow.advocacy.people.add" testId={`add-${source}`} item={{ name: '', position: '' }} />}
      getItemLabel={(index) => `${index + 1}.`}
    >
      <TextInput source="name" label="mentorflow.advocacy.people.name" validate={validateText} helperText={false} autoComplete="off" />
      <TextInput
        source="position"
        label="mentorflow.advocacy.people.position"
        validate={validateText}
        helperText={false}
        autoComplete="off"
      />
    </SimpleFormIterator>
  </ArrayInput>
);
