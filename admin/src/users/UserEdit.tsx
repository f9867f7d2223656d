import { useState } from 'react';
import {
  BooleanInput,
  Edit,
  HttpError,
  maxLength,
  minLength,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  useNotify,
  useRecordContext,
} from 'react-admin';
import { HeldWorkDialog, type HeldWorkUser } from './HeldWorkDialog';
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

/** The stored user (not the edited values): whose programs to reassign. */
const HeldWork = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const record = useRecordContext<HeldWorkUser>();
  return <HeldWorkDialog user={open && record ? record : null} onClose={onClose} />;
};

export const UserEdit = () => {
  const notify = useNotify();
  const [holdsWork, setHoldsWork] = useState(false);
  // A 409 means the person still holds running programs or open tasks: offer to reassign them.
  // Field errors (400) land on the inputs; anything else is a notification, as by default.
  const onError = (error: unknown) => {
    if (error instanceof HttpError && error.status === 409) {
      // The dialog explains it: no field error, so no "form is not valid" notification.
      if (error.body && typeof error.body === 'object') delete (error.body as { errors?: unknown }).errors;
      setHoldsWork(true);
      return;
    }
    const errors = error instanceof HttpError ? (error.body as { errors?: object } | undefined)?.errors : undefined;
    if (!errors || Object.keys(errors).length === 0) {
      notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Edit mutationMode="pessimistic" transform={toUpdate} redirect="list" mutationOptions={{ onError }}>
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
      <HeldWork open={holdsWork} onClose={() => setHoldsWork(false)} />
    </Edit>
  );
};
