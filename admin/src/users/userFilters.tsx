import { SelectInput } from 'react-admin';
import { SearchFilterInput } from '../common/SearchFilterInput';
import { roleChoices } from './roleChoices';

// Only the filter keys the API accepts (q, role).
export const userFilters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
];
