import { Typography } from '@mui/material';
import { RadioButtonGroupInput, required, useLocale, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { pickText } from '../../programTypes/text';
import { usePublishedTypes } from '../../programTypes/usePublishedTypes';
import { BUILT_IN_PROGRAM_TYPES, programTypeEntry } from '../registry';

const validateType = [required()];

/** The built-in types and every published designed type, with what starting the chosen one does. `data-testid="program-type"`. */
export const ProgramTypeChoice = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const type = (useWatch({ name: 'type' }) as string | undefined) ?? 'institutional';
  const designed = usePublishedTypes();
  const choices = [
    ...BUILT_IN_PROGRAM_TYPES.map((key) => ({ id: key, name: translate(programTypeEntry(key).label) })),
    ...designed.map((row) => ({ id: row.key, name: pickText(row.name, locale) })),
  ];
  return (
    <>
      <RadioButtonGroupInput
        source="type"
        label="resources.programs.fields.type"
        choices={choices}
        translateChoice={false}
        validate={validateType}
        helperText={false}
        data-testid="program-type"
        row={false}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="program-type-help">
        {translate(programTypeEntry(type).createHelp)}
      </Typography>
    </>
  );
};

/** The chosen type's own inputs (gender expert, years...). */
export const TypeCreateFields = () => {
  const type = useWatch({ name: 'type' }) as string | undefined;
  const { CreateFields } = programTypeEntry(type ?? 'institutional');
  return <CreateFields key={type} />;
};
