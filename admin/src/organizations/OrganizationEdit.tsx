import { Edit } from 'react-admin';
import { useRecordLoadErrorHandler } from '../common/useRecordLoadErrorHandler';
import { OrganizationForm } from './OrganizationForm';

// Pessimistic: wait for the API so validation errors reach the inputs (react-admin only
// maps them in this mode), and the delete button in the toolbar asks for confirmation.
export const OrganizationEdit = () => {
  const onError = useRecordLoadErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" queryOptions={{ onError }}>
      <OrganizationForm />
    </Edit>
  );
};
