import { Edit } from 'react-admin';
import { ResourceForm } from './ResourceForm';

export const ResourceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <ResourceForm />
  </Edit>
);
