import { NumberInput, maxValue, minValue, number, required, useGetList } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { ProgramTypeRow } from '../../programTypes/types';
import { useTemplateVersion } from '../../templatePrograms/useTemplateVersion';
import { UserPicker } from '../controls/UserPicker';

const validateRequired = [required()];
const validateYears = [required(), number(), minValue(1), maxValue(5)];

const GenderExpertInput = () => <UserPicker source="genderExpertId" role="gender_expert" validate={validateRequired} />;

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
