import { SearchInput, TextInput } from 'react-admin';

// Only the filter keys the API accepts (q, city, fieldOfWork): unknown keys are a 400.
export const organizationFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <TextInput key="city" source="city" alwaysOn resettable />,
    <TextInput key="fieldOfWork" source="fieldOfWork" resettable />,
];
