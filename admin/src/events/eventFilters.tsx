import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { SearchFilterInput } from '../common/SearchFilterInput';
import { eventKindChoices } from './choices';

// Only filter keys the API accepts: q (topic), kind, organizationId.
export const eventFilters = [
  <SearchFilterInput key="q" source="q" alwaysOn helperText={false} />,
  <SelectInput key="kind" source="kind" choices={eventKindChoices} alwaysOn />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];
