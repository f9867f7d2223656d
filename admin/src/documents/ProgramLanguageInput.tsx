import { SelectInput, required } from 'react-admin';
import { PROGRAM_LANGUAGES } from './ReportLanguage';

const choices = PROGRAM_LANGUAGES.map((l) => ({ id: l, name: `mentorflow.documents.language_names.${l}` }));
const validateLanguage = [required()];

/** The language of the program's documents on the form that starts it (changed later with ReportLanguage). */
export const ProgramLanguageInput = () => (
  <SelectInput source="language" choices={choices} validate={validateLanguage} helperText="mentorflow.documents.language_help" />
);
