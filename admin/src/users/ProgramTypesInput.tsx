import { CheckboxGroupInput, useLocale, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { BUILT_IN_PROGRAM_TYPES } from '../programs/builtInTypes';
import { usePublishedTypes } from '../programTypes/usePublishedTypes';
import { pickText } from '../programTypes/text';

/** For mentors: the program types they mentor, designed ones included (the cohort wizard balances among those). */
export const ProgramTypesInput = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const role = useWatch({ name: 'role' });
  const designed = usePublishedTypes();
  if (role !== 'mentor') return null;
  return (
    <CheckboxGroupInput
      source="programTypes"
      label="resources.users.fields.programTypes"
      helperText="mentorflow.users.program_types_help"
      choices={[
        ...BUILT_IN_PROGRAM_TYPES.map((id) => ({ id, name: translate(`mentorflow.program_types.${id}`) })),
        ...designed.map((row) => ({ id: row.key, name: pickText(row.name, locale) })),
      ]}
      translateChoice={false}
      data-testid="user-program-types"
    />
  );
};
