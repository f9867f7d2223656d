import { Create } from 'react-admin';
import { ResourceForm } from './ResourceForm';

/** A new resource; a file resource's file is uploaded on the edit page that opens after saving. */
export const ResourceCreate = () => (
  <Create redirect="edit">
    <ResourceForm />
  </Create>
);
