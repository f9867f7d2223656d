import { PeopleListInput } from '../../common/forms/PeopleListInput';

const MIN_PARTICIPANTS = 3;

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

const labels = {
  add: 'mentorflow.self_assessment.add_participant',
  name: 'mentorflow.self_assessment.participant_name',
  position: 'mentorflow.self_assessment.participant_position',
};

/**
 * participants.N.name / participants.N.position. Three empty rows to start with;
 * "Add participant" (data-testid="add-participant") appends one. The rule is stated in the
 * section's intro, not under the list: a helper there would turn red with any participant's
 * error and read as if the rule were broken.
 */
export const ParticipantsInput = ({ readOnly }: { readOnly: boolean }) => (
  <PeopleListInput source="participants" readOnly={readOnly} validate={validateParticipants} labels={labels} addTestId="add-participant" />
);
