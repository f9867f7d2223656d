import { LinearProgress, List, ListItemButton, ListItemText } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import type { TaskRecord } from '../institutional/types';
import { EmptyText, Panel } from '../programs/show/Panel';
import type { TemplateDefinition } from '../programTypes/types';
import { useText } from '../programTypes/text';
import { DueChip } from '../tasks/DueChip';

/** The program's open tasks by their designed names, with who does them and when they are due. */
export const TemplateTasksPanel = ({ programId, definition }: { programId: string; definition: TemplateDefinition }) => {
  const translate = useTranslate();
  const text = useText();
  const names = new Map(definition.stages.flatMap((stage) => stage.tasks.map((task) => [task.id, task.name] as const)));
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
              <AssignmentIcon fontSize="small" color="action" />
              <ListItemText primary={text(names.get(task.type)) || task.type} secondary={task.assigneeName} />
              <DueChip dueAt={task.dueAt} overdue={task.overdue} status={task.status} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Panel>
  );
};
