import { Create, regex, required, SimpleForm, TextInput, maxLength } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const validateKey = [required(), regex(/^[a-z][a-z0-9-]{2,39}$/, 'mentorflow.designer.key_rule')];
const validateName = [required(), maxLength(200)];

const Help = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate('mentorflow.designer.create_help')}
    </Typography>
  );
};

/** A new program type: its key (the type of its programs, fixed) and its name; then the designer opens. */
export const ProgramTypeCreate = () => (
  <Create redirect="show" title="mentorflow.designer.create_type">
    <SimpleForm sx={{ maxWidth: 560 }} noValidate>
      <Help />
      <TextInput source="key" validate={validateKey} helperText="mentorflow.designer.key_help" data-testid="type-key" />
      <Box sx={{ display: 'grid', gap: 0, width: '100%' }}>
        <TextInput source="name.en" label="mentorflow.designer.name_en" validate={validateName} />
        <TextInput source="name.tr" label="mentorflow.designer.name_tr" validate={validateName} />
      </Box>
    </SimpleForm>
  </Create>
);
