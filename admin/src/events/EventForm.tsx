import {
  AutocompleteArrayInput,
  DateInput,
  ReferenceArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minLength,
  required,
} from 'react-admin';
import { eventKindChoices } from './choices';

const validateTopic = [required(), minLength(3), maxLength(300)];
const validateRequired = [required()];
/** CSO-CSO learning: at least two organizations take part (the API says the same). */
const atLeastTwo = (value: unknown) => (Array.isArray(value) && value.length >= 2 ? undefined : 'mentorflow.events.at_least_two');

/** The fields of a peer-learning event; server 400s land on them. */
export const EventForm = () => (
  <SimpleForm sx={{ maxWidth: 720 }} noValidate>
    <SelectInput source="kind" choices={eventKindChoices} validate={validateRequired} />
    <DateInput source="date" validate={validateRequired} />
    <TextInput source="topic" validate={validateTopic} />
    <ReferenceArrayInput source="organizationIds" reference="organizations" sort={{ field: 'name', order: 'ASC' }} perPage={50}>
      <AutocompleteArrayInput
        optionText="name"
        filterToQuery={(q) => ({ q })}
        validate={atLeastTwo}
        helperText="mentorflow.events.organizations_help"
      />
    </ReferenceArrayInput>
    <TextInput source="notes" multiline minRows={4} helperText="mentorflow.common.optional" />
  </SimpleForm>
);
