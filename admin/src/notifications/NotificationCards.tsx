import type { ComponentType } from 'react';
import { Box, Link as MuiLink, List as MuiList, ListItem, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useListContext, useTranslate } from 'react-admin';
import { useTimeAgo } from '../dashboard/format';
import type { NotificationRecord } from '../institutional/types';
import { notificationTarget, useNotificationText } from './notificationText';
import { NotificationTitle } from './NotificationTitle';
import { useMarkRead } from './useMarkRead';

/**
 * The notifications on a phone: one block each (type, text, when, where it leads, read state)
 * instead of a five-column table wider than the screen. The same test ids as the table.
 */
export const NotificationCards = ({ readState: ReadState }: { readState: ComponentType<{ record: NotificationRecord }> }) => {
  const { data = [] } = useListContext<NotificationRecord>();
  const translate = useTranslate();
  const timeAgo = useTimeAgo();
  const text = useNotificationText();
  const markRead = useMarkRead();
  return (
    <MuiList disablePadding>
      {data.map((record) => {
        const to = notificationTarget(record);
        return (
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
            <Typography variant="body2" sx={{ my: 0.5 }} data-testid="notification-text">
              {text(record)}
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
              {to ? (
                <MuiLink
                  component={Link}
                  to={to}
                  onClick={() => (record.readAt ? undefined : markRead([record.id]))}
                  data-testid="notification-link"
                >
                  {translate(record.taskId ? 'mentorflow.notification_state.open_task' : 'mentorflow.notification_state.open_program')}
                </MuiLink>
              ) : (
                <span />
              )}
              <ReadState record={record} />
            </Box>
          </ListItem>
        );
      })}
    </MuiList>
  );
};
