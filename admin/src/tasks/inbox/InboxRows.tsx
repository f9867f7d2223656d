import type { KeyboardEvent } from 'react';
import { Box, List, ListItemButton, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import { TaskStatusChip } from '../../institutional/chips';
import type { TaskRecord } from '../../institutional/types';
import { DueChip } from '../DueChip';
import { TaskTypeLabel, useTaskTypeName } from '../TaskTypeLabel';
import { useFormatDate } from '../../common/useFormatDate';

const showPath = (task: TaskRecord) => `/tasks/${encodeURIComponent(String(task.id))}/show`;

// Overdue rows stand out; they come first anyway (open tasks sorted by due date).
const overdueSx = { backgroundColor: 'rgba(211, 47, 47, 0.06)' };

/** A column header that sorts the list by its field (a second click reverses the order). */
const SortHeader = ({ field }: { field: string }) => {
  const { sort, setSort } = useListContext();
  const translate = useTranslate();
  const active = sort?.field === field;
  return (
    <TableSortLabel
      active={active}
      direction={active && sort.order === 'DESC' ? 'desc' : 'asc'}
      onClick={() => setSort({ field, order: active && sort.order === 'ASC' ? 'DESC' : 'ASC' })}
    >
      {translate(`resources.tasks.fields.${field}`)}
    </TableSortLabel>
  );
};

/**
 * Wide screens: a table whose rows are links the keyboard reaches (Tab) and opens (Enter or
 * Space), as the other lists' (common/rowLinks.tsx). `[data-testid="task-row"]`.
 */
export const InboxTable = ({ showAssignee }: { showAssignee: boolean }) => {
  const { data = [] } = useListContext<TaskRecord>();
  const translate = useTranslate();
  // A month name instead of digits: "21 Nov 2025" reads the same to English and Turkish readers.
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const open = (task: TaskRecord) => navigate(showPath(task));
  const onKeyDown = (task: TaskRecord) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(task);
    }
  };
  return (
    <Table size="small" data-testid="task-table">
      <TableHead>
        <TableRow>
          <TableCell>
            <SortHeader field="type" />
          </TableCell>
          <TableCell>{translate('resources.tasks.fields.organizationName')}</TableCell>
          <TableCell align="right">
            <SortHeader field="year" />
          </TableCell>
          <TableCell>
            <SortHeader field="dueAt" />
          </TableCell>
          {showAssignee && <TableCell>{translate('resources.tasks.fields.assigneeName')}</TableCell>}
          <TableCell>
            <SortHeader field="status" />
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((task) => (
          <TableRow
            key={task.id}
            hover
            tabIndex={0}
            onClick={() => open(task)}
            onKeyDown={onKeyDown(task)}
            data-testid="task-row"
            data-row-link="true"
            data-task-id={task.id}
            data-task-type={task.type}
            data-overdue={task.overdue ? 'true' : 'false'}
            sx={[
              { cursor: 'pointer', '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 } },
              task.overdue && task.status === 'open' ? overdueSx : {},
            ]}
          >
            <TableCell>
              <TaskTypeLabel type={task.type} name={task.taskName} />
            </TableCell>
            <TableCell>{task.organizationName}</TableCell>
            <TableCell align="right">{task.year}</TableCell>
            <TableCell>
              <Box component="span" sx={{ mr: 1 }}>
                {task.dueAt ? formatDate(task.dueAt) : ''}
              </Box>
              <DueChip {...task} />
            </TableCell>
            {showAssignee && <TableCell>{task.assigneeName}</TableCell>}
            <TableCell>
              <TaskStatusChip status={task.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Phones: one link per task (type, CSO, due chip), the whole width a touch target. */
export const InboxCards = () => {
  const { data = [] } = useListContext<TaskRecord>();
  const typeName = useTaskTypeName();
  return (
    <List disablePadding data-testid="task-cards">
      {data.map((task) => (
        <ListItemButton
          key={task.id}
          component={Link}
          to={showPath(task)}
          divider
          data-testid="task-row"
          data-row-link="true"
          data-task-id={task.id}
          data-task-type={task.type}
          data-overdue={task.overdue ? 'true' : 'false'}
          sx={task.overdue && task.status === 'open' ? overdueSx : undefined}
        >
          <ListItemText
            primary={typeName(task.type, task.taskName)}
            secondary={
              <>
                <Box component="span" sx={{ display: 'block' }}>
                  {task.organizationName}
                </Box>
                <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
                  <DueChip {...task} />
                </Box>
              </>
            }
            slotProps={{ secondary: { component: 'span' } }}
          />
        </ListItemButton>
      ))}
    </List>
  );
};
