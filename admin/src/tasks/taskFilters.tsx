import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { advocacyTaskTypeChoices } from '../advocacy/choices';
import { taskStatusChoices, taskTypeChoices } from '../institutional/choices';

const overdueChoices = [
    { id: 'true', name: 'mentorflow.due.filter_overdue' },
    { id: 'false', name: 'mentorflow.due.filter_on_time' },
];

// Only filter keys the API accepts: status, overdue, type, organizationId (+ assigneeId,
// programId set by the page itself).
export const taskFilters = [
    <SelectInput key="type" source="type" choices={[...taskTypeChoices, ...advocacyTaskTypeChoices]} alwaysOn />,
    <ReferenceInput
        key="organizationId"
        source="organizationId"
        reference="organizations"
        sort={{ field: 'name', order: 'ASC' }}
        alwaysOn
    >
        <AutocompleteInput
            optionText="name"
            filterToQuery={q => ({ q })}
            sx={{ minWidth: 240 }}
        />
    </ReferenceInput>,
    <SelectInput
        key="overdue"
        source="overdue"
        choices={overdueChoices}
        parse={value => (value === '' || value == null ? value : value === 'true')}
        format={value => (value == null || value === '' ? '' : String(value))}
        alwaysOn
    />,
    <SelectInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
];
