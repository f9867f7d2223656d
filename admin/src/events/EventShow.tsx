import {
  ChipField,
  DeleteButton,
  EditButton,
  FunctionField,
  ReferenceArrayField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { useRecordLoadErrorHandler } from '../common/useRecordLoadErrorHandler';
import { EventKindChip } from './EventKindChip';
import type { PeerEventRecord } from './types';

// Edit/Delete hide themselves for roles canAccess refuses; deleting asks first.
const Actions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const EventShow = () => {
  const onError = useRecordLoadErrorHandler();
  return (
    <Show actions={<Actions />} queryOptions={{ onError }}>
      <SimpleShowLayout>
        <LocaleDateField source="date" />
        <FunctionField<PeerEventRecord> source="kind" render={(record) => <EventKindChip kind={record.kind} />} />
        <TextField source="topic" />
        <ReferenceArrayField source="organizationIds" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
          <SingleFieldList linkType="show">
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
        <LocaleDateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
};
