import { Create } from 'react-admin';
import { OrganizationForm } from './OrganizationForm';

// Create is pessimistic by default: the page waits for the API, so server field errors
// can be shown on the form. Then the show page displays the onboarding workflow it started.
export const OrganizationCreate = () => (
  <Create redirect="show">
    <OrganizationForm />
  </Create>
);
