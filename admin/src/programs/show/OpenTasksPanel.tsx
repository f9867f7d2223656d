import type { ReactNode } from 'react';
import { LinearProgress, List, ListItemButton, ListItemText } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import type { TaskRecord } from '../../institutional/types';
import { DueChip } from '../../tasks/DueChip';
import { TaskTypeLabel } from '../../tasks/TaskTypeLabel';
import { EmptyText, Panel } from './Panel';

interface OpenTasksPanelProps {
  programId: string;
  /** A task's name (by default its type's label). */
  name?: (task: TaskRecord) => ReactNode;
  /** Before each task's name. */
  icon?: ReactNode;
}

/** The program's open tasks, soonest due first, with who does them; each opens its form. */
export const OpenTasksPanel = ({ programId, name = (task) => <TaskTypeLabel type={task.type} />, icon }: OpenTasksPanelProps) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<TaskRecord>('tasks', {
    filter: { programId, status: 'open' },
    sort: { field: 'dueAt', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  return (
    <Panel title={translate('mentorflow.programs.open_tasks')} testId="open-tasks">
      {isPending ? (
        <LinearProgress />
      ) : !data || data.length === 0 ? (
        <EmptyText>{translate('mentorflow.programs.no_open_tasks')}</EmptyText>
      ) : (
        <List dense disablePadding>
          {data.map((task) => (
            <ListItemButton
              key={task.id}
              component={RouterLink}
              to={`/tasks/${task.id}/show`}
              data-testid="open-task"
              data-task-type={task.type}
              sx={{ borderRadius: 1, gap: 1 }}
            >
              {icon}
              <ListItemText primary={name(task)} secondary={task.assigneeName} />
              <DueChip dueAt={task.dueAt} overdue={task.overdue} status={task.status} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Panel>
  );
};
