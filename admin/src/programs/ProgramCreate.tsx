import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, required, useLocaleState } from 'react-admin';
import { localToday } from '../common/localDate';
import { ProgramLanguageInput } from '../documents/ProgramLanguageInput';
import { UserPicker } from './controls/UserPicker';
import { OverrideMentorLimit } from '../advocacy/controls/OverrideMentorLimit';
import { useMentorLimitConflict } from '../advocacy/create/useMentorLimitConflict';
import { ProgramTypeChoice, TypeCreateFields } from './create/ProgramTypeChoice';
import { programTypeEntry } from './registry';

const validateRequired = [required()];

// Optional fields are left out when empty; each type keeps only what it has (programs/registry.tsx).
const transform = (data: Record<string, unknown>) =>
  programTypeEntry(String(data.type ?? 'institutional')).createPayload({
    ...data,
    startDate: data.startDate || undefined,
    years: data.years === '' || data.years == null ? undefined : Number(data.years),
  });

/**
 * Starts a program of a type (institutional, advocacy or a published designed type) for a CSO:
 * its workflow begins with the first task. A 409 (the CSO already has an active program) is
 * shown as the server's message; a mentor at the advocacy limit can be confirmed with an
 * override; field errors land on their inputs.
 */
export const ProgramCreate = () => {
  const mentorLimit = useMentorLimitConflict();
  // The documents' language defaults to the language the manager works in.
  const [locale] = useLocaleState();
  return (
    <Create redirect="show" transform={transform} title="mentorflow.programs.start" mutationOptions={mentorLimit.mutationOptions}>
      <SimpleForm
        sx={{ maxWidth: 560 }}
        noValidate
        defaultValues={{ type: 'institutional', startDate: localToday(), years: 2, language: locale === 'en' ? 'en' : 'tr' }}
      >
        <ProgramTypeChoice />
        <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={validateRequired} />
        </ReferenceInput>
        <UserPicker source="mentorId" role="mentor" validate={validateRequired} />
        <OverrideMentorLimit message={mentorLimit.message} />
        <TypeCreateFields />
        <DateInput source="startDate" helperText="mentorflow.programs.start_date_help" />
        <ProgramLanguageInput />
      </SimpleForm>
    </Create>
  );
};
