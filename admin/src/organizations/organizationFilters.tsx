import { TextInput } from 'react-admin';
import { SearchFilterInput } from '../common/SearchFilterInput';

// Only the filter keys the API accepts (q, city, fieldOfWork): unknown keys are a 400.
export const organizationFilters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <TextInput key="city" source="city" alwaysOn resettable />,
  <TextInput key="fieldOfWork" source="fieldOfWork" resettable />,
];
