import { ArrayInput, SimpleFormIterator, TextInput, maxLength, required } from 'react-admin';
import { AddItemsButton } from './AddItemsButton';

const MIN_PARTICIPANTS = 3;
const validateText = [required(), maxLength(200)];

interface Participant {
  name?: string;
  position?: string;
}

/** At least three people, from at least two different positions (as the API checks). */
const validateParticipants = (value: Participant[] | undefined) => {
  const list = value ?? [];
  if (list.length < MIN_PARTICIPANTS) {
    return { message: 'mentorflow.validation.min_participants', args: { min: MIN_PARTICIPANTS } };
  }
  const positions = new Set(list.map((p) => (p?.position ?? '').trim().toLowerCase()).filter(Boolean));
  if (positions.size > 0 && positions.size < 2) return 'mentorflow.validation.distinct_positions';
  return undefined;
};

/**
 * participants.N.name / participants.N.position. Three empty rows to start with;
 * "Add participant" (data-testid="add-participant") appends one.
 */
export const ParticipantsInput = ({ readOnly }: { readOnly: boolean }) => (
  <ArrayInput
    source="participants"
    label={false}
    validate={validateParticipants}
    // The rule is stated in the section's intro: a helper here would turn red with
    // any participant's error and read as if the rule were broken.
    helperText={false}
  >
    <SimpleFormIterator
      inline
      disableReordering
      disableAdd={readOnly}
      disableRemove={readOnly}
      disableClear
      addButton={<AddItemsButton label="mentorflow.self_assessment.add_participant" testId="add-participant" />}
      getItemLabel={(index) => `${index + 1}.`}
    >
      <TextInput
        source="name"
        label="mentorflow.self_assessment.participant_name"
        validate={validateText}
        helperText={false}
        autoComplete="off"
      />
      <TextInput
        source="position"
        label="mentorflow.self_assessment.participant_position"
        validate={validateText}
        helperText={false}
        autoComplete="off"
      />
    </SimpleFormIterator>
  </ArrayInput>
);
