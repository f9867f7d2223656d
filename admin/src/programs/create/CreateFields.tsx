import { AutocompleteInput, NumberInput, ReferenceInput, maxValue, minValue, number, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useGetList } from 'react-admin';
import type { ProgramTypeRow } from '../../programTypes/types';
import { useTemplateVersion } from '../../templatePrograms/useTemplateVersion';

const validateRequired = [required()];
const validateYears = [required(), number(), minValue(1), maxValue(5)];

const GenderExpertInput = () => (
  <ReferenceInput source="genderExpertId" reference="users" filter={{ role: 'gender_expert' }} sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput optionText="fullName" filterToQuery={(q) => ({ q })} validate={validateRequired} />
  </ReferenceInput>
);

/** Institutional programs: a gender expert and a number of years. */
export const InstitutionalCreateFields = () => (
  <>
    <GenderExpertInput />
    <NumberInput source="years" min={1} max={5} step={1} validate={validateYears} helperText="mentorflow.programs.years_help" />
  </>
);

/** Advocacy mentorships need nothing beyond the CSO and the mentor. */
export const NoCreateFields = () => null;

/** A designed type: a gender expert when its latest published version has one. */
export const TemplateCreateFields = () => {
  const type = useWatch({ name: 'type' }) as string | undefined;
  const { data } = useGetList<ProgramTypeRow>('program-types', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'key', order: 'ASC' },
  });
  const row = data?.find((candidate) => candidate.key === type);
  const version = useTemplateVersion(row?.key, row?.latestVersion ?? undefined);
  return version.data?.definition.genderExpert ? <GenderExpertInput /> : null;
};
