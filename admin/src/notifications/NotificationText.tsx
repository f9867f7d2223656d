import { Typography, type SxProps, type Theme } from '@mui/material';
import type { NotificationRecord } from '../institutional/types';
import { useNotificationText } from './notificationText';

/** A notification's text in the reader's language. */
export const NotificationText = ({ record, sx }: { record: NotificationRecord; sx?: SxProps<Theme> }) => {
  const text = useNotificationText();
  return (
    <Typography variant="body2" sx={sx} data-testid="notification-text">
      {text(record)}
    </Typography>
  );
};
