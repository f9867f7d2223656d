import { useState } from 'react';
import { Box, Chip, IconButton, Link as MuiLink, Tooltip, Typography } from '@mui/material';
import DoneIcon from '@mui/icons-material/Done';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import { Link } from 'react-router-dom';
import { BooleanInput, Button, DataTable, List, useListContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { useTimeAgo } from '../dashboard/format';
import type { NotificationRecord } from '../institutional/types';
import { useMarkRead } from './useMarkRead';

const notificationFilters = [<BooleanInput key="unread" source="unread" label="mentorflow.notifications.unread_only" alwaysOn />];

const Empty = () => {
    const translate = useTranslate();
    return (
        <Box sx={{ textAlign: 'center', mt: 8, mx: 'auto', maxWidth: 480, px: 2 }} data-testid="notifications-page-empty">
            <NotificationsNoneIcon sx={{ fontSize: 72, color: 'text.disabled' }} />
            <Typography variant="h6">{translate('mentorflow.notifications.empty')}</Typography>
        </Box>
    );
};

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

const MarkReadButton = ({ record }: { record: NotificationRecord }) => {
    const translate = useTranslate();
    const markRead = useMarkRead();
    if (record.readAt) return null;
    return (
        <Tooltip title={translate('mentorflow.notifications.mark_read')}>
            <IconButton
                size="small"
                onClick={event => {
                    event.stopPropagation();
                    markRead([record.id]);
                }}
                data-testid="notification-mark-read"
            >
                <DoneIcon fontSize="small" />
            </IconButton>
        </Tooltip>
    );
};

/** All of the signed-in user's notifications, unread ones marked, with "mark read". */
export const NotificationList = () => {
    const translate = useTranslate();
    const timeAgo = useTimeAgo();
    return (
        <List
            resource="notifications"
            sort={{ field: 'createdAt', order: 'DESC' }}
            perPage={25}
            filters={notificationFilters}
            empty={<Empty />}
            exporter={false}
            title={translate('mentorflow.notifications.title')}
        >
            <DataTable<NotificationRecord>
                rowClick={false}
                bulkActionButtons={<MarkSelectedRead />}
                rowSx={record => (record.readAt ? {} : { bgcolor: 'action.hover' })}
            >
                <DataTable.Col
                    source="type"
                    disableSort
                    render={record => (
                        <Typography variant="body2" sx={{ fontWeight: record.readAt ? 400 : 600 }} data-testid="notification-row" data-read={!!record.readAt}>
                            {translate(`mentorflow.notifications.types.${record.type}`, { _: record.type })}
                        </Typography>
                    )}
                />
                <DataTable.Col source="message" disableSort />
                <DataTable.Col
                    source="programId"
                    disableSort
                    render={record =>
                        record.programId ? (
                            <MuiLink component={Link} to={`/programs/${record.programId}/show`}>
                                {translate('mentorflow.notifications.open_program')}
                            </MuiLink>
                        ) : null
                    }
                />
                <DataTable.Col
                    source="createdAt"
                    render={record => (
                        <Tooltip title={<LocaleDateField source="createdAt" record={record} showTime />}>
                            <span>{timeAgo(record.createdAt)}</span>
                        </Tooltip>
                    )}
                />
                <DataTable.Col
                    source="readAt"
                    disableSort
                    render={record =>
                        record.readAt ? (
                            <Chip size="small" variant="outlined" label={translate('mentorflow.notifications.read')} />
                        ) : (
                            <MarkReadButton record={record as NotificationRecord} />
                        )
                    }
                />
            </DataTable>
        </List>
    );
};
