import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, SimpleList } from 'react-admin';
import { LinkBody } from '../common/rowLinks';
import { OrganizationListActions, useOrganizationBulkActions } from '../cohorts';
import { LocaleDateField } from '../common/LocaleDateField';
import { OnboardingStatusChip } from './OnboardingStatusChip';
import { OrganizationEmpty } from './OrganizationEmpty';
import { organizationFilters } from './organizationFilters';

interface OrganizationRow {
  id: string;
  name: string;
  city: string;
  fieldOfWork: string;
}

export const OrganizationList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const bulkActions = useOrganizationBulkActions();
  return (
    <List
      // Never sort by react-admin's default "id": the API only sorts by known columns.
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      filters={organizationFilters}
      empty={<OrganizationEmpty />}
      actions={<OrganizationListActions />}
    >
      {isSmall ? (
        <SimpleList<OrganizationRow>
          primaryText={(record) => record.name}
          secondaryText={(record) => `${record.city} · ${record.fieldOfWork}`}
          linkType="show"
        />
      ) : (
        // No bulk delete: deleting a CSO is a one-by-one, confirmed decision. Managers
        // select CSOs to start their programs together (a cohort).
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
      )}
    </List>
  );
};
