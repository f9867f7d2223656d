import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { advocacyStageChoices, programTypeChoices } from '../advocacy/choices';
import { SearchFilterInput } from '../common/SearchFilterInput';
import { programStatusChoices, stageChoices } from '../institutional/choices';

const organizationFilter = (
    <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={q => ({ q })} sx={{ minWidth: 240 }} />
    </ReferenceInput>
);

// Only filter keys the API accepts (q, status, stage, mentorId, organizationId, ...).
export const programFilters = (canPickMentor: boolean) => [
    <SearchFilterInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={programStatusChoices} alwaysOn />,
    <SelectInput key="type" source="type" choices={programTypeChoices} alwaysOn />,
    <SelectInput key="stage" source="stage" choices={[...stageChoices, ...advocacyStageChoices]} alwaysOn />,
    organizationFilter,
    ...(canPickMentor
        ? [
              <ReferenceInput
                  key="mentorId"
                  source="mentorId"
                  reference="users"
                  filter={{ role: 'mentor' }}
                  sort={{ field: 'fullName', order: 'ASC' }}
              >
                  <AutocompleteInput optionText="fullName" filterToQuery={q => ({ q })} sx={{ minWidth: 220 }} />
              </ReferenceInput>,
          ]
        : []),
];
