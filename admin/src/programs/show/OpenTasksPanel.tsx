import { LinearProgress, List, ListItemButton, ListItemText } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import type { ProgramRecord, TaskRecord } from '../../institutional/types';
import { DueChip } from '../../tasks/DueChip';
import { TaskTypeLabel } from '../../tasks/TaskTypeLabel';
import { EmptyText, Panel } from './Panel';

/** The program's open tasks; each opens its form. */
export const OpenTasksPanel = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<TaskRecord>('tasks', {
    filter: { programId: program.id, status: 'open' },
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
              <ListItemText primary={<TaskTypeLabel type={task.type} />} secondary={task.assigneeName} />
              <DueChip dueAt={task.dueAt} overdue={task.overdue} status={task.status} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Panel>
  );
};
