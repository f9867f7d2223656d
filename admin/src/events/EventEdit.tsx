import { Edit } from 'react-admin';
import { pickEventFields } from './choices';
import { EventForm } from './EventForm';

// Pessimistic: the API checks the organizations; its 400 lands on the inputs.
export const EventEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" transform={pickEventFields}>
    <EventForm />
  </Edit>
);
