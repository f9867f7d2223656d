import { useMediaQuery, type Theme } from '@mui/material';
import {
    DataTable,
    DataTableBody,
    List,
    Loading,
    SimpleList,
    useGetIdentity,
    useLocale,
    usePermissions,
    useRecordContext,
    useTranslate,
    type DataTableBodyProps,
} from 'react-admin';
import { worksOnOwnPortfolio, type Role } from '../auth/roles';
import { LocaleDateField } from '../common/LocaleDateField';
import { LinkRow } from '../common/rowLinks';
import { TaskStatusChip } from '../institutional/chips';
import type { TaskRecord } from '../institutional/types';
import { DueChip } from './DueChip';
import { TaskEmpty } from './TaskEmpty';
import { taskFilters } from './taskFilters';
import { TaskTypeLabel } from './TaskTypeLabel';

/** A row tests can find: `[data-testid="task-row"][data-task-type="self_assessment"]`. */
const TaskRow = (props: Record<string, unknown>) => {
    const record = useRecordContext<TaskRecord>();
    return (
        <LinkRow
            {...props}
            data-testid="task-row"
            data-task-id={record?.id}
            data-task-type={record?.type}
            data-overdue={record?.overdue ? 'true' : 'false'}
        />
    );
};
const TaskBody = (props: DataTableBodyProps) => <DataTableBody {...props} row={TaskRow} />;

// Overdue rows stand out; they come first anyway (open tasks sorted by due date).
const rowSx = (record: TaskRecord) =>
    record.overdue && record.status === 'open' ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {};

/**
 * The task inbox. Mentors and gender experts see the tasks assigned to them ("My tasks");
 * program managers and admins every task. Open tasks by due date, so overdue ones first.
 * A row opens the task's form.
 */
export const TaskList = () => {
    const { permissions, isPending: permissionsPending } = usePermissions<Role>();
    const { identity, isPending: identityPending } = useGetIdentity();
    const translate = useTranslate();
    const locale = useLocale();
    const isSmall = useMediaQuery<Theme>(theme => theme.breakpoints.down('md'));
    if (permissionsPending || identityPending) return <Loading />;
    const own = worksOnOwnPortfolio(permissions);
    return (
        <List
            title={own ? translate('mentorflow.menu.my_tasks') : undefined}
            sort={{ field: 'dueAt', order: 'ASC' }}
            filter={own && identity ? { assigneeId: identity.id } : undefined}
            filterDefaultValues={{ status: 'open' }}
            filters={taskFilters}
            perPage={25}
            empty={<TaskEmpty />}
            // A new task may arrive at any time (the workflow opens them).
            queryOptions={{ refetchInterval: 60_000 }}
            exporter={false}
        >
            {isSmall ? (
                <SimpleList<TaskRecord>
                    primaryText={record => (record.taskName ? (locale === 'tr' ? record.taskName.tr || record.taskName.en : record.taskName.en) : translate(`mentorflow.task_types.${record.type}`))}
                    secondaryText={record => record.organizationName}
                    tertiaryText={record => <DueChip {...record} />}
                    linkType="show"
                />
            ) : (
                <DataTable<TaskRecord>
                    rowClick="show"
                    bulkActionButtons={false}
                    rowSx={rowSx}
                    body={TaskBody}
                >
                    <DataTable.Col source="type" render={record => <TaskTypeLabel type={record.type} name={record.taskName} />} />
                    <DataTable.Col source="organizationName" disableSort />
                    <DataTable.NumberCol source="year" options={{ useGrouping: false }} />
                    <DataTable.Col
                        source="dueAt"
                        render={record => (
                            <>
                                <LocaleDateField source="dueAt" record={record} sx={{ mr: 1 }} />
                                <DueChip {...record} />
                            </>
                        )}
                    />
                    {!own && <DataTable.Col source="assigneeName" disableSort />}
                    <DataTable.Col source="status" render={record => <TaskStatusChip status={record.status} />} />
                </DataTable>
            )}
        </List>
    );
};
