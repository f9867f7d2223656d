import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';

const resultChoices = ['ok', 'rejected', 'failed'].map((id) => ({ id, name: `mentorflow.audit.results.${id}` }));

/** "to" is a day: everything up to its end counts. */
const endOfDay = (value: string) => (value ? `${value}T23:59:59.999` : value);
const dayOf = (value?: string) => (value ? value.slice(0, 10) : '');

// Only filter keys the API accepts: actorId, targetId, action (prefix), result, from, to.
export const auditFilters = [
  <TextInput
    key="action"
    source="action"
    label="resources.audit.fields.action"
    helperText="mentorflow.audit.action_help"
    alwaysOn
    resettable
  />,
  <SelectInput key="result" source="result" choices={resultChoices} alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="users" sort={{ field: 'fullName', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="resources.audit.fields.actorId" optionText="fullName" filterToQuery={(q) => ({ q })} sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="targetId" source="targetId" reference="programs" sort={{ field: 'createdAt', order: 'DESC' }}>
    <AutocompleteInput
      label="resources.audit.fields.targetId"
      optionText="organizationName"
      filterToQuery={(q) => ({ q })}
      sx={{ minWidth: 260 }}
    />
  </ReferenceInput>,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" parse={endOfDay} format={dayOf} />,
];
