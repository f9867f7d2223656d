import type { ComponentType } from 'react';
import { Box, List as MuiList, ListItem, Typography } from '@mui/material';
import { useListContext } from 'react-admin';
import { useTimeAgo } from '../dashboard/format';
import type { NotificationRecord } from '../institutional/types';
import { NotificationLink } from './NotificationLink';
import { notificationTarget } from './notificationText';
import { NotificationText } from './NotificationText';
import { NotificationTitle } from './NotificationTitle';

/**
 * The notifications on a phone: one block each (type, text, when, where it leads, read state)
 * instead of a five-column table wider than the screen. The same test ids as the table.
 */
export const NotificationCards = ({ readState: ReadState }: { readState: ComponentType<{ record: NotificationRecord }> }) => {
  const { data = [] } = useListContext<NotificationRecord>();
  const timeAgo = useTimeAgo();
  return (
    <MuiList disablePadding>
      {data.map((record) => (
        <ListItem
          key={record.id}
          divider
          sx={{
            display: 'block',
            borderLeft: 3,
            borderLeftColor: record.readAt ? 'transparent' : 'primary.main',
            bgcolor: record.readAt ? undefined : 'action.hover',
          }}
        >
          <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, alignItems: 'baseline' }}>
            <NotificationTitle record={record} variant="subtitle2" />
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {timeAgo(record.createdAt)}
            </Typography>
          </Box>
          <NotificationText record={record} sx={{ my: 0.5 }} />
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
            {/* Holds the read state to the right when there is nothing to open. */}
            {notificationTarget(record) ? <NotificationLink record={record} /> : <span />}
            <ReadState record={record} />
          </Box>
        </ListItem>
      ))}
    </MuiList>
  );
};
