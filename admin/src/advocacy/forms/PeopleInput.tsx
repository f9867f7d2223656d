import { PeopleListInput } from '../../common/forms/PeopleListInput';
import { minEntries } from './TextListInput';

const labels = {
  add: 'mentorflow.advocacy.people.add',
  name: 'mentorflow.advocacy.people.name',
  position: 'mentorflow.advocacy.people.position',
};

/**
 * People with their position (`<source>.N.name`, `<source>.N.position`): the training's
 * attendees, the workshop's participants. "Add person" is `data-testid="add-<source>"`.
 */
export const PeopleInput = ({ source, min, readOnly }: { source: string; min: number; readOnly: boolean }) => (
  <PeopleListInput
    source={source}
    readOnly={readOnly}
    validate={minEntries(min)}
    labels={labels}
    addTestId={`add-${source}`}
    newPerson={{ name: '', position: '' }}
  />
);
