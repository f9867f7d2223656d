import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

/** A person of one role, searched by name (the program's mentor, its gender expert). */
export const UserPicker = ({
  source,
  role,
  helperText,
  validate,
}: {
  /** The program's field, e.g. "mentorId": its label is the program field's. */
  source: 'mentorId' | 'genderExpertId';
  role: 'mentor' | 'gender_expert';
  helperText?: string;
  validate?: Validator[];
}) => (
  <ReferenceInput source={source} reference="users" filter={{ role }} sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput
      label={`resources.programs.fields.${source}`}
      optionText="fullName"
      filterToQuery={(q) => ({ q })}
      validate={validate}
      helperText={helperText}
    />
  </ReferenceInput>
);
