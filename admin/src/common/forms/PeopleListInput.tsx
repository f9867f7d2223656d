import { TextInput, maxLength, required, type Validator } from 'react-admin';
import { ListInput } from './ListInput';

const validateText = [required(), maxLength(200)];

interface PeopleListInputProps {
  /** The array's field: the people are `<source>.N.name` and `<source>.N.position`. */
  source: string;
  readOnly: boolean;
  validate: Validator;
  /** Translation keys of the "Add ..." button and of the two inputs. */
  labels: { add: string; name: string; position: string };
  addTestId: string;
  /** A new person's values (by default the inputs' own). */
  newPerson?: { name: string; position: string };
}

/** People with their position in the organisation, both required. */
export const PeopleListInput = ({ source, readOnly, validate, labels, addTestId, newPerson }: PeopleListInputProps) => (
  <ListInput source={source} readOnly={readOnly} validate={validate} add={{ label: labels.add, testId: addTestId, item: newPerson }}>
    <TextInput source="name" label={labels.name} validate={validateText} helperText={false} autoComplete="off" />
    <TextInput source="position" label={labels.position} validate={validateText} helperText={false} autoComplete="off" />
  </ListInput>
);
