import { CheckboxGroupInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

const TYPES = ['institutional', 'advocacy'] as const;

/** For mentors: the program types they mentor (the cohort wizard balances among those). */
export const ProgramTypesInput = () => {
    const translate = useTranslate();
    const role = useWatch({ name: 'role' });
    if (role !== 'mentor') return null;
    return (
        <CheckboxGroupInput
            source="programTypes"
            label="resources.users.fields.programTypes"
            helperText="mentorflow.users.program_types_help"
            choices={TYPES.map(id => ({ id, name: translate(`mentorflow.program_types.${id}`) }))}
            translateChoice={false}
            data-testid="user-program-types"
        />
    );
};
