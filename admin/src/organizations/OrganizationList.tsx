import { DataTable, SimpleList } from 'react-admin';
import { LinkBody } from '../common/rowLinks';
import { OrganizationListActions, useOrganizationBulkActions } from '../cohorts';
import { LocaleDateField } from '../common/LocaleDateField';
import { ResponsiveList } from '../common/ResponsiveList';
import { OnboardingStatusChip } from './OnboardingStatusChip';
import { OrganizationEmpty } from './OrganizationEmpty';
import { organizationFilters } from './organizationFilters';

interface OrganizationRow {
  id: string;
  name: string;
  city: string;
  fieldOfWork: string;
}

/** On a phone: a line per CSO (name; city and field of work). */
const OrganizationLines = () => (
  <SimpleList<OrganizationRow>
    primaryText={(record) => record.name}
    secondaryText={(record) => `${record.city} · ${record.fieldOfWork}`}
    linkType="show"
  />
);

// No bulk delete: deleting a CSO is a one-by-one, confirmed decision. Managers select CSOs to
// start their programs together (a cohort).
const OrganizationTable = () => {
  const bulkActions = useOrganizationBulkActions();
  return (
    <DataTable rowClick="show" bulkActionButtons={bulkActions} body={LinkBody}>
      <DataTable.Col source="name" />
      <DataTable.Col source="city" />
      <DataTable.Col source="fieldOfWork" />
      <DataTable.Col source="contactPerson" />
      <DataTable.Col source="onboarding" disableSort>
        <OnboardingStatusChip />
      </DataTable.Col>
      <DataTable.Col source="createdAt" field={LocaleDateField} sortByOrder="DESC" />
    </DataTable>
  );
};

export const OrganizationList = () => (
  <ResponsiveList
    sort={{ field: 'name', order: 'ASC' }}
    filters={organizationFilters}
    empty={<OrganizationEmpty />}
    actions={<OrganizationListActions />}
    narrow={<OrganizationLines />}
    wide={<OrganizationTable />}
  />
);
