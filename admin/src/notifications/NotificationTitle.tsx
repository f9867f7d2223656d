import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { NotificationRecord } from '../institutional/types';

/** A notification's type in words, bold while unread; the row's handle for tests. */
export const NotificationTitle = ({
  record,
  variant,
}: {
  record: Pick<NotificationRecord, 'type' | 'readAt'>;
  variant: 'body2' | 'subtitle2';
}) => {
  const translate = useTranslate();
  return (
    <Typography variant={variant} sx={{ fontWeight: record.readAt ? 400 : 600 }} data-testid="notification-row" data-read={!!record.readAt}>
      {translate(`mentorflow.notifications.types.${record.type}`, { _: record.type })}
    </Typography>
  );
};
