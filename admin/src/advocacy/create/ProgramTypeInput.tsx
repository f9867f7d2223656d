import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { RadioButtonGroupInput, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { programTypeChoices } from '../choices';

const validateType = [required()];

/** institutional | advocacy, with what starting each one does. `data-testid="program-type"`. */
export const ProgramTypeInput = () => {
    const translate = useTranslate();
    const type = useWatch({ name: 'type' }) ?? 'institutional';
    return (
        <>
            <RadioButtonGroupInput
                source="type"
                label="resources.programs.fields.type"
                choices={programTypeChoices}
                validate={validateType}
                helperText={false}
                data-testid="program-type"
            />
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="program-type-help">
                {translate(type === 'advocacy' ? 'mentorflow.advocacy.create.help' : 'mentorflow.programs.create_help')}
            </Typography>
        </>
    );
};

/** Inputs only institutional programs have (gender expert, years). */
export const InstitutionalOnly = ({ children }: { children: ReactNode }) => {
    const type = useWatch({ name: 'type' });
    return type === 'advocacy' ? null : <>{children}</>;
};

/** The create payload for the chosen type: advocacy has no gender expert or years; override only when confirmed. */
export const forProgramType = (data: Record<string, unknown>): Record<string, unknown> => {
    if (data.type !== 'advocacy') {
        const { override: _override, ...institutional } = data;
        return institutional;
    }
    const { genderExpertId: _expert, years: _years, override, ...advocacy } = data;
    return override === true ? { ...advocacy, override: true } : advocacy;
};
