import { Create } from 'react-admin';
import { localToday } from '../common/localDate';
import { pickEventFields } from './choices';
import { EventForm } from './EventForm';

export const EventCreate = () => (
  <Create redirect="show" transform={pickEventFields} record={{ kind: 'meeting', date: localToday(), organizationIds: [] }}>
    <EventForm />
  </Create>
);
