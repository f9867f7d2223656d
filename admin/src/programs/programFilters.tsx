import { useEffect, useMemo } from 'react';
import { AutocompleteInput, ReferenceInput, SelectInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { advocacyStageChoices, programTypeChoices } from '../advocacy/choices';
import { SearchFilterInput } from '../common/SearchFilterInput';
import { programStatusChoices, stageChoices } from '../institutional/choices';
import { useDesignedVocabulary } from '../programTypes/useDesignedVocabulary';

/** The API's value for "every status but withdrawn" (api/programs/program-read.service.ts). */
export const NOT_WITHDRAWN = 'not_withdrawn';

/** Withdrawn programs are hidden unless asked for (the list's default filter). */
export const programFilterDefaults = { status: NOT_WITHDRAWN };

const statusChoices = [{ id: NOT_WITHDRAWN, name: 'mentorflow.programs_list.not_withdrawn' }, ...programStatusChoices];

const STAGES = {
  institutional: stageChoices,
  advocacy: advocacyStageChoices,
} as const;

/** The built-in types and the published designed ones (by their names in the console's language). */
const TypeFilterInput = (props: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  const { types } = useDesignedVocabulary();
  const choices = [
    ...programTypeChoices.map((choice) => ({ id: choice.id as string, name: translate(choice.name) })),
    ...types.map((type) => ({ id: type.key, name: type.name })),
  ];
  return <SelectInput {...props} choices={choices} translateChoice={false} data-testid="programs-filter-type" />;
};

/**
 * Stage choices of the selected program type (a designed type's are its latest version's stages;
 * both built-in types' when none), the stale one cleared.
 */
const StageFilterInput = (props: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  const { types } = useDesignedVocabulary();
  const type = useWatch({ name: 'type' }) as string | undefined;
  const stage = useWatch({ name: 'stage' }) as string | undefined;
  const { setValue } = useFormContext();
  const designed = types.find((candidate) => candidate.key === type);
  const builtIn = type && type in STAGES ? STAGES[type as keyof typeof STAGES] : null;
  const choices = useMemo(
    () =>
      designed
        ? [...designed.stages, { id: 'completed', name: translate('mentorflow.stages.completed') }]
        : (builtIn ?? [...stageChoices, ...advocacyStageChoices]).map((choice) => ({
            id: choice.id as string,
            name: translate(choice.name),
          })),
    [designed, builtIn, translate],
  );
  // A designed type's stages arrive with its version: until then nothing is cleared.
  const loading = !!type && !builtIn && !designed?.stages.length;
  useEffect(() => {
    if (!loading && stage && !choices.some((choice) => choice.id === stage)) setValue('stage', '');
  }, [loading, stage, choices, setValue]);
  return <SelectInput {...props} choices={choices} translateChoice={false} data-testid="programs-filter-stage" />;
};

const organizationFilter = (alwaysOn: boolean) => (
  <ReferenceInput
    key="organizationId"
    source="organizationId"
    reference="organizations"
    sort={{ field: 'name', order: 'ASC' }}
    alwaysOn={alwaysOn}
  >
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 220 }} data-testid="programs-filter-organization" />
  </ReferenceInput>
);

const personFilter = (source: 'mentorId' | 'genderExpertId', role: 'mentor' | 'gender_expert', alwaysOn: boolean) => (
  <ReferenceInput
    key={source}
    source={source}
    reference="users"
    filter={{ role }}
    sort={{ field: 'fullName', order: 'ASC' }}
    alwaysOn={alwaysOn}
  >
    <AutocompleteInput
      optionText="fullName"
      filterToQuery={(q) => ({ q })}
      sx={{ minWidth: 200 }}
      data-testid={`programs-filter-${source}`}
    />
  </ReferenceInput>
);

/**
 * Only filter keys the API accepts (q, status, stage, mentorId, organizationId, genderExpertId,
 * ...). All shown on a wide screen; on a phone (`compact`) search and status, the others behind
 * react-admin's "Add filter" button, so the list is not pushed below the first screen.
 */
export const programFilters = (canPickPeople: boolean, compact = false) => [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn data-testid="programs-filter-status" />,
  <TypeFilterInput key="type" source="type" alwaysOn={!compact} />,
  <StageFilterInput key="stage" source="stage" alwaysOn={!compact} />,
  organizationFilter(!compact),
  ...(canPickPeople ? [personFilter('mentorId', 'mentor', !compact), personFilter('genderExpertId', 'gender_expert', !compact)] : []),
];
