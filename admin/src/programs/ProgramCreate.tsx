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
    useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { localToday } from '../common/localDate';

const validateRequired = [required()];
const validateYears = [required(), number(), minValue(1), maxValue(5)];

// Optional fields are left out when empty; the program type is always institutional here.
const transform = (data: Record<string, unknown>) => ({
    ...data,
    type: 'institutional',
    startDate: data.startDate || undefined,
    years: data.years === '' || data.years == null ? undefined : Number(data.years),
});

/**
 * Starts an institutional program for a CSO: its workflow begins with the self-assessment
 * task for the mentor. A 409 (the CSO already has an active program) is shown as the
 * server's message; field errors land on their inputs.
 */
export const ProgramCreate = () => {
    const translate = useTranslate();
    return (
        <Create redirect="show" transform={transform} title="mentorflow.programs.start">
            <SimpleForm sx={{ maxWidth: 560 }} noValidate defaultValues={{ startDate: localToday(), years: 2 }}>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate('mentorflow.programs.create_help')}
                </Typography>
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
                <ReferenceInput
                    source="genderExpertId"
                    reference="users"
                    filter={{ role: 'gender_expert' }}
                    sort={{ field: 'fullName', order: 'ASC' }}
                >
                    <AutocompleteInput optionText="fullName" filterToQuery={q => ({ q })} validate={validateRequired} />
                </ReferenceInput>
                <DateInput source="startDate" helperText="mentorflow.programs.start_date_help" />
                <NumberInput
                    source="years"
                    min={1}
                    max={5}
                    step={1}
                    validate={validateYears}
                    helperText="mentorflow.programs.years_help"
                />
            </SimpleForm>
        </Create>
    );
};
