import { Chip } from '@mui/material';
import { DataTable, SimpleList, useTranslate } from 'react-admin';
import { LinkBody } from '../common/rowLinks';
import { LocaleDateField } from '../common/LocaleDateField';
import { ResponsiveList } from '../common/ResponsiveList';
import { EventEmpty } from './EventEmpty';
import { eventFilters } from './eventFilters';
import { EventKindChip } from './EventKindChip';
import type { PeerEventRecord } from './types';

/** On a phone: a line per event (topic; date and kind). */
const EventLines = () => {
  const translate = useTranslate();
  return (
    <SimpleList<PeerEventRecord>
      primaryText={(record) => record.topic}
      secondaryText={(record) => `${record.date} · ${translate(`mentorflow.events.kinds.${record.kind}`)}`}
      linkType="show"
    />
  );
};

const EventTable = () => {
  const translate = useTranslate();
  return (
    <DataTable<PeerEventRecord> rowClick="show" bulkActionButtons={false} body={LinkBody}>
      <DataTable.Col source="date" field={LocaleDateField} />
      <DataTable.Col source="kind" render={(record) => <EventKindChip kind={record.kind} />} />
      <DataTable.Col source="topic" />
      <DataTable.Col
        source="organizationIds"
        disableSort
        render={(record) => (
          <Chip size="small" label={translate('mentorflow.events.organizations_count', { smart_count: record.organizationIds.length })} />
        )}
      />
    </DataTable>
  );
};

/** CSO-CSO peer-learning meetings and workshops, newest first. */
export const EventList = () => (
  <ResponsiveList
    sort={{ field: 'date', order: 'DESC' }}
    filters={eventFilters}
    empty={<EventEmpty />}
    narrow={<EventLines />}
    wide={<EventTable />}
  />
);
