import { AutocompleteInput, ReferenceInput, TextInput, maxLength, minLength, required, type TextInputProps } from 'react-admin';

const validateReason = [maxLength(2000)];
const validateRequiredReason = [required(), minLength(3), maxLength(2000)];

/** A control's reason: optional (pause) or required (withdraw, with the help saying why). */
export const ReasonInput = ({ mandatory, ...props }: Partial<TextInputProps> & { mandatory?: boolean }) => (
  <TextInput
    source="reason"
    label="mentorflow.controls.reason"
    multiline
    minRows={2}
    validate={mandatory ? validateRequiredReason : validateReason}
    helperText={mandatory ? 'mentorflow.controls.withdraw.reason_help' : 'mentorflow.common.optional'}
    {...props}
  />
);

interface PersonInputProps {
  /** The program's field: who mentors it, or its gender expert. */
  source: 'mentorId' | 'genderExpertId';
  helperText: string;
  testId?: string;
}

const ROLE_OF = { mentorId: 'mentor', genderExpertId: 'gender_expert' } as const;

/** A reassignment's pick of a mentor or gender expert, searched by name. */
export const PersonInput = ({ source, helperText, testId }: PersonInputProps) => (
  <ReferenceInput source={source} reference="users" filter={{ role: ROLE_OF[source] }} sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput
      label={`resources.programs.fields.${source}`}
      optionText="fullName"
      filterToQuery={(q) => ({ q })}
      helperText={helperText}
      data-testid={testId}
    />
  </ReferenceInput>
);
