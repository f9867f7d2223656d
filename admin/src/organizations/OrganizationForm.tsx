import { Box, Typography } from '@mui/material';
import { SimpleForm, TextInput, useTranslate } from 'react-admin';
import { validateCity, validateContactPerson, validateEmail, validateFieldOfWork, validateName, validatePhone } from './validation';

const Section = ({ title }: { title: string }) => (
  <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1, mb: 1 }}>
    {title}
  </Typography>
);

/** The writable fields of an organization, shared by the create and edit pages. */
export const OrganizationForm = () => {
  const translate = useTranslate();
  return (
    // noValidate: our translated validators speak, not the browser's (type="email").
    <SimpleForm sx={{ maxWidth: 720 }} noValidate>
      <Section title={translate('mentorflow.organizations.details')} />
      <TextInput source="name" validate={validateName} />
      <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
        <TextInput source="city" validate={validateCity} />
        <TextInput source="fieldOfWork" validate={validateFieldOfWork} />
      </Box>
      <Section title={translate('mentorflow.organizations.contact')} />
      <TextInput source="contactPerson" validate={validateContactPerson} autoComplete="off" />
      <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
        <TextInput source="email" type="email" validate={validateEmail} autoComplete="off" />
        <TextInput source="phone" type="tel" validate={validatePhone} helperText="mentorflow.organizations.phone_help" autoComplete="off" />
      </Box>
    </SimpleForm>
  );
};
