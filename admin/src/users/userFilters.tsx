import { SearchInput, SelectInput } from 'react-admin';
import { roleChoices } from './roleChoices';

// Only the filter keys the API accepts (q, role).
export const userFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
];
