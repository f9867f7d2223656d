import { Create, email, maxLength, minLength, PasswordInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { ProgramTypesInput } from './ProgramTypesInput';
import { roleChoices } from './roleChoices';

// Mirrors the API's rules; its 400 field errors still land on these inputs.
const validateFullName = [required(), minLength(2), maxLength(200)];
const validateEmail = [required(), email(), maxLength(254)];
const validateRole = [required()];
const validatePassword = [required(), minLength(8), maxLength(200)];

export const UserCreate = () => (
  // No user show page yet: back to the list once created.
  <Create redirect="list">
    <SimpleForm sx={{ maxWidth: 480 }} noValidate>
      <TextInput source="fullName" validate={validateFullName} autoComplete="off" />
      <TextInput source="email" type="email" validate={validateEmail} autoComplete="off" />
      <SelectInput source="role" choices={roleChoices} validate={validateRole} />
      <ProgramTypesInput />
      <PasswordInput
        source="password"
        validate={validatePassword}
        autoComplete="new-password"
        helperText="mentorflow.users.password_help"
      />
    </SimpleForm>
  </Create>
);
