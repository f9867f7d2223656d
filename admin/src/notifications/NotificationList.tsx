import { useState } from 'react';
import { Box, Button as MuiButton, Chip, Tooltip, Typography, type Theme } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailReadOutlined';
import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import { BooleanInput, Button, DataTable, useListContext, useTranslate } from 'react-admin';
import { EmptyPage } from '../common/EmptyPage';
import { LocaleDateField } from '../common/LocaleDateField';
import { ResponsiveList } from '../common/ResponsiveList';
import { useTimeAgo } from '../dashboard/format';
import type { NotificationRecord } from '../institutional/types';
import { NotificationCards } from './NotificationCards';
import { NotificationLink } from './NotificationLink';
import { NotificationText } from './NotificationText';
import { NotificationTitle } from './NotificationTitle';
import { useMarkRead } from './useMarkRead';

const notificationFilters = [<BooleanInput key="unread" source="unread" label="mentorflow.notifications.unread_only" alwaysOn />];

const Empty = () => (
  <EmptyPage icon={NotificationsNoneIcon} texts="mentorflow.notifications.empty" titleOnly testId="notifications-page-empty" />
);

const MarkSelectedRead = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const markRead = useMarkRead();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      label="mentorflow.notifications.mark_read"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await markRead(selectedIds.map(String));
        setBusy(false);
        onUnselectItems();
      }}
      data-testid="notifications-mark-selected"
    >
      <DoneAllIcon />
    </Button>
  );
};

/**
 * The read state, in words: an unread notification says "Unread" (a filled chip) next to a
 * "Mark as read" button; a read one says "Read", muted. (A lone ✓ button on unread rows read
 * as "done" and made them look read.)
 */
const ReadState = ({ record }: { record: NotificationRecord }) => {
  const translate = useTranslate();
  const markRead = useMarkRead();
  if (record.readAt) {
    return (
      <Box
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'text.secondary' }}
        data-testid="notification-state"
        data-read="true"
      >
        <CheckIcon fontSize="small" />
        <Typography variant="body2">{translate('mentorflow.notification_state.read')}</Typography>
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="notification-state" data-read="false">
      <Chip size="small" color="primary" label={translate('mentorflow.notification_state.unread')} />
      <MuiButton
        size="small"
        variant="outlined"
        startIcon={<MarkEmailReadIcon fontSize="small" />}
        onClick={(event) => {
          event.stopPropagation();
          markRead([record.id]);
        }}
        data-testid="notification-mark-read"
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate('mentorflow.notification_state.mark_read')}
      </MuiButton>
    </Box>
  );
};

/** From a tablet up: a row each, unread ones marked, selectable to mark them read together. */
const NotificationTable = () => {
  const timeAgo = useTimeAgo();
  return (
    <DataTable<NotificationRecord>
      rowClick={false}
      bulkActionButtons={<MarkSelectedRead />}
      rowSx={(record) =>
        record.readAt
          ? {}
          : {
              bgcolor: 'action.hover',
              '& td:first-of-type': { boxShadow: (theme: Theme) => `inset 3px 0 0 ${theme.palette.primary.main}` },
            }
      }
    >
      <DataTable.Col
        source="type"
        disableSort
        render={(record) => <NotificationTitle record={record as NotificationRecord} variant="body2" />}
      />
      <DataTable.Col source="message" disableSort render={(record) => <NotificationText record={record as NotificationRecord} />} />
      <DataTable.Col
        source="programId"
        label="mentorflow.notification_state.about"
        disableSort
        render={(record) => <NotificationLink record={record as NotificationRecord} sx={{ whiteSpace: 'nowrap' }} />}
      />
      <DataTable.Col
        source="createdAt"
        render={(record) => (
          <Tooltip title={<LocaleDateField source="createdAt" record={record} showTime />}>
            <span>{timeAgo(record.createdAt)}</span>
          </Tooltip>
        )}
      />
      <DataTable.Col
        source="readAt"
        label="mentorflow.notification_state.state"
        disableSort
        render={(record) => <ReadState record={record as NotificationRecord} />}
      />
    </DataTable>
  );
};

/** All of the signed-in user's notifications, unread ones marked, with "mark read". */
export const NotificationList = () => {
  const translate = useTranslate();
  return (
    <ResponsiveList
      resource="notifications"
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={notificationFilters}
      empty={<Empty />}
      exporter={false}
      title={translate('mentorflow.notifications.title')}
      narrow={<NotificationCards readState={ReadState} />}
      wide={<NotificationTable />}
    />
  );
};
