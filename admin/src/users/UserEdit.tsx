import {
    BooleanInput,
    Edit,
    maxLength,
    minLength,
    PasswordInput,
    required,
    SelectInput,
    SimpleForm,
    TextField,
    TextInput,
} from 'react-admin';
import { ProgramTypesInput } from './ProgramTypesInput';
import { roleChoices } from './roleChoices';

const validateFullName = [required(), minLength(2), maxLength(200)];
const validatePassword = [minLength(8), maxLength(200)];
// Validators are created once: a new function on every render makes react-admin re-register the input.
const validateRole = [required()];

/**
 * The e-mail is the login and stays as it is; an empty password field keeps the current one.
 * Deactivating an account signs its holder out at their next request.
 */
const toUpdate = (data: Record<string, unknown>) => {
    const { email: _email, password, ...rest } = data;
    return typeof password === 'string' && password.length > 0 ? { ...rest, password } : rest;
};

export const UserEdit = () => (
    <Edit mutationMode="pessimistic" transform={toUpdate} redirect="list">
        <SimpleForm sx={{ maxWidth: 480 }} noValidate>
            <TextField source="email" />
            <TextInput source="fullName" validate={validateFullName} autoComplete="off" />
            <SelectInput source="role" choices={roleChoices} validate={validateRole} />
            <ProgramTypesInput />
            <BooleanInput source="isActive" helperText="mentorflow.users.active_help" />
            <PasswordInput
                source="password"
                label="mentorflow.users.new_password"
                validate={validatePassword}
                autoComplete="new-password"
                helperText="mentorflow.users.new_password_help"
            />
        </SimpleForm>
    </Edit>
);
