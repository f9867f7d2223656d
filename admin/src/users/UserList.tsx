import { BooleanField, DataTable, List } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { LinkBody } from '../common/rowLinks';
import { RoleChip } from './RoleChip';
import { UserEmpty } from './UserEmpty';
import { userFilters } from './userFilters';

interface UserRow {
  id: string;
  role: string;
}

// Admins only (the route and menu entry are guarded by authProvider.canAccess); a row opens its edit form.
export const UserList = () => (
  <List sort={{ field: 'fullName', order: 'ASC' }} perPage={25} filters={userFilters} empty={<UserEmpty />}>
    <DataTable<UserRow> rowClick="edit" bulkActionButtons={false} body={LinkBody}>
      <DataTable.Col source="fullName" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role" render={(record) => <RoleChip role={record.role} />} />
      <DataTable.Col source="isActive" field={BooleanField} />
      <DataTable.Col source="createdAt" field={LocaleDateField} sortByOrder="DESC" />
    </DataTable>
  </List>
);
