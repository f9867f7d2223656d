import {
    AutocompleteInput,
    Create,
    DateInput,
    NumberInput,
    ReferenceInput,
    SimpleForm,
    maxValue,
    minValue,
    number,
    required,
} from 'react-admin';
import { localToday } from '../common/localDate';
import { OverrideMentorLimit } from '../advocacy/controls/OverrideMentorLimit';
import { InstitutionalOnly, ProgramTypeInput, forProgramType } from '../advocacy/create/ProgramTypeInput';
import { useMentorLimitConflict } from '../advocacy/create/useMentorLimitConflict';

const validateRequired = [required()];
const validateYears = [required(), number(), minValue(1), maxValue(5)];

// Optional fields are left out when empty; advocacy has no gender expert or years.
const transform = (data: Record<string, unknown>) =>
    forProgramType({
        ...data,
        type: data.type === 'advocacy' ? 'advocacy' : 'institutional',
        startDate: data.startDate || undefined,
        years: data.years === '' || data.years == null ? undefined : Number(data.years),
    });

/**
 * Starts an institutional program or an advocacy mentorship for a CSO: its workflow begins
 * with the first task for the mentor. A 409 (the CSO already has an active program) is
 * shown as the server's message; a mentor at the advocacy limit can be confirmed with an
 * override; field errors land on their inputs.
 */
export const ProgramCreate = () => {
    const mentorLimit = useMentorLimitConflict();
    return (
        <Create redirect="show" transform={transform} title="mentorflow.programs.start" mutationOptions={mentorLimit.mutationOptions}>
            <SimpleForm sx={{ maxWidth: 560 }} noValidate defaultValues={{ type: 'institutional', startDate: localToday(), years: 2 }}>
                <ProgramTypeInput />
                <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
                    <AutocompleteInput optionText="name" filterToQuery={q => ({ q })} validate={validateRequired} />
                </ReferenceInput>
                <ReferenceInput
                    source="mentorId"
                    reference="users"
                    filter={{ role: 'mentor' }}
                    sort={{ field: 'fullName', order: 'ASC' }}
                >
                    <AutocompleteInput optionText="fullName" filterToQuery={q => ({ q })} validate={validateRequired} />
                </ReferenceInput>
                <OverrideMentorLimit message={mentorLimit.message} />
                <InstitutionalOnly>
                    <ReferenceInput
                        source="genderExpertId"
                        reference="users"
                        filter={{ role: 'gender_expert' }}
                        sort={{ field: 'fullName', order: 'ASC' }}
                    >
                        <AutocompleteInput optionText="fullName" filterToQuery={q => ({ q })} validate={validateRequired} />
                    </ReferenceInput>
                </InstitutionalOnly>
                <DateInput source="startDate" helperText="mentorflow.programs.start_date_help" />
                <InstitutionalOnly>
                    <NumberInput
                        source="years"
                        min={1}
                        max={5}
                        step={1}
                        validate={validateYears}
                        helperText="mentorflow.programs.years_help"
                    />
                </InstitutionalOnly>
            </SimpleForm>
        </Create>
    );
};
