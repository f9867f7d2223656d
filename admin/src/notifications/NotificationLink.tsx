import { Link as MuiLink, type SxProps, type Theme } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { NotificationRecord } from '../institutional/types';
import { notificationTarget } from './notificationText';
import { useMarkRead } from './useMarkRead';

/** "Open task" or "Open program": what a notification is about (nothing when neither). */
export const NotificationLink = ({ record, sx }: { record: NotificationRecord; sx?: SxProps<Theme> }) => {
  const translate = useTranslate();
  const markRead = useMarkRead();
  const to = notificationTarget(record);
  if (!to) return null;
  return (
    <MuiLink
      component={Link}
      to={to}
      // Opening what it is about reads it.
      onClick={() => (record.readAt ? undefined : markRead([record.id]))}
      data-testid="notification-link"
      sx={sx}
    >
      {translate(record.taskId ? 'mentorflow.notification_state.open_task' : 'mentorflow.notification_state.open_program')}
    </MuiLink>
  );
};
