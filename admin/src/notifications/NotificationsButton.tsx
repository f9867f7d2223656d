import { useState, type MouseEvent } from 'react';
import { Badge, Box, Divider, IconButton, CircularProgress, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import { useGetList, useLocale, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { relativeTime } from '../dashboard/format';
import type { NotificationRecord } from '../institutional/types';
import { notificationTarget, useNotificationText } from './notificationText';
import { useMarkRead } from './useMarkRead';

const POLL_MS = 30_000;

/** The bell's menu: the latest notifications (fetched once it opens); one opens what it is about, read. */
const NotificationsMenu = ({ anchor, unread, onClose }: { anchor: HTMLElement | null; unread: number; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const text = useNotificationText();
  const { data: latest, isPending } = useGetList<NotificationRecord>(
    'notifications',
    { sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 10 } },
    { enabled: !!anchor },
  );
  const select = async (notification: NotificationRecord) => {
    onClose();
    if (!notification.readAt) await markRead([notification.id]);
    const to = notificationTarget(notification);
    if (to) navigate(to);
  };
  const label = translate('mentorflow.notifications.title');
  return (
    <Menu
      anchorEl={anchor}
      open={!!anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { sx: { width: 380, maxWidth: '95vw' } }, list: { dense: true } }}
      data-testid="notifications-menu"
    >
      <Box sx={{ px: 2, py: 1 }}>
        <Typography variant="subtitle2">{label}</Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('mentorflow.notifications.unread', { smart_count: unread })}
        </Typography>
      </Box>
      <Divider />
      {/* A spinner (already in the login's bundle) rather than a progress bar, which the app bar would load for this alone. */}
      {isPending && (
        <Box sx={{ display: 'flex', justifyContent: 'center', py: 1 }}>
          <CircularProgress size={20} />
        </Box>
      )}
      {!isPending && (latest ?? []).length === 0 && (
        <Box sx={{ px: 2, py: 3, textAlign: 'center' }} data-testid="notifications-empty">
          <Typography variant="body2" color="text.secondary">
            {translate('mentorflow.notifications.empty')}
          </Typography>
        </Box>
      )}
      {(latest ?? []).map((n) => (
        <MenuItem
          key={n.id}
          onClick={() => select(n)}
          data-testid="notification-item"
          data-read={n.readAt ? 'true' : 'false'}
          data-target={notificationTarget(n) ?? undefined}
          sx={{
            alignItems: 'flex-start',
            whiteSpace: 'normal',
            borderLeft: 3,
            borderLeftColor: n.readAt ? 'transparent' : 'primary.main',
            bgcolor: n.readAt ? undefined : 'action.hover',
          }}
        >
          <ListItemText
            primary={translate(`mentorflow.notifications.types.${n.type}`, { _: n.type })}
            secondary={
              <>
                <span data-testid="notification-item-text">{text(n)}</span>
                <Typography component="span" variant="caption" sx={{ display: 'block' }} color="text.disabled">
                  {/* The bell's items are recent: days, never months. */}
                  {relativeTime(n.createdAt, locale, 'day')}
                </Typography>
              </>
            }
            slotProps={{ primary: { sx: { fontWeight: n.readAt ? 400 : 600 } } }}
          />
        </MenuItem>
      ))}
      <Divider />
      <MenuItem
        onClick={() => {
          onClose();
          navigate('/notifications');
        }}
        sx={{ justifyContent: 'center', color: 'primary.main' }}
        data-testid="notifications-see-all"
      >
        {translate('mentorflow.notifications.see_all')}
      </MenuItem>
    </Menu>
  );
};

/**
 * The app bar's bell: unread count (polled every 30 s) and the latest notifications.
 * Clicking one marks it read and opens its task (or its program). `data-testid="notifications-button"`,
 * badge count in `data-unread`, items `notification-item`.
 */
export const NotificationsButton = () => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { total: unread = 0 } = useGetList<NotificationRecord>(
    'notifications',
    { filter: { unread: true }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { refetchInterval: POLL_MS, refetchIntervalInBackground: false },
  );
  const label = translate('mentorflow.notifications.title');
  return (
    <>
      {/* A title rather than MUI's Tooltip: the app bar is on every screen, the popper is not needed. */}
      <IconButton
        color="inherit"
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        title={label}
        aria-label={`${label} (${unread})`}
        data-testid="notifications-button"
        data-unread={unread}
      >
        <Badge badgeContent={unread} color="error" max={99}>
          {unread > 0 ? <NotificationsIcon /> : <NotificationsNoneIcon />}
        </Badge>
      </IconButton>
      <NotificationsMenu anchor={anchor} unread={unread} onClose={() => setAnchor(null)} />
    </>
  );
};
