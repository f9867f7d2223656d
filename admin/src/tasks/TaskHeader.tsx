import { Alert, Box, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { TaskStatusChip } from '../institutional/chips';
import type { TaskRecord } from '../institutional/types';
import { DueChip } from './DueChip';
import { TaskTypeLabel } from './TaskTypeLabel';

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Box sx={{ typography: 'body2' }}>{children}</Box>
  </Box>
);

/** What the task is, for whom, by when; and why it can't be edited when it can't. */
export const TaskHeader = ({ task, mine }: { task: TaskRecord; mine: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 3 }} data-testid="task-header" data-task-type={task.type} data-status={task.status}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 2 }}>
        <Box sx={{ '& .MuiTypography-root': { fontSize: '1.25rem' } }}>
          <TaskTypeLabel type={task.type} name={(task as { taskName?: { en: string; tr: string } }).taskName} />
        </Box>
        <TaskStatusChip status={task.status} />
        <DueChip dueAt={task.dueAt} overdue={task.overdue} status={task.status} />
      </Box>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Fact label={translate('resources.tasks.fields.organizationName')}>
          <Link component={RouterLink} to={`/programs/${task.programId}/show`} data-testid="task-program-link">
            {task.organizationName}
          </Link>
        </Fact>
        <Fact label={translate('resources.tasks.fields.year')}>{task.year}</Fact>
        <Fact label={translate('resources.tasks.fields.dueAt')}>
          <LocaleDateField source="dueAt" record={task} />
        </Fact>
        <Fact label={translate('resources.tasks.fields.assigneeName')}>{task.assigneeName}</Fact>
      </Box>
      {task.status === 'completed' && (
        <Alert severity="success" sx={{ mt: 2 }} data-testid="task-completed">
          {translate('mentorflow.tasks.completed_on')} <LocaleDateField source="completedAt" record={task} showTime />
        </Alert>
      )}
      {task.status === 'cancelled' && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('mentorflow.tasks.cancelled', { reason: task.cancelledReason ?? '—' })}
        </Alert>
      )}
      {task.status === 'open' && !mine && (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="task-not-mine">
          {translate('mentorflow.tasks.not_mine', { name: task.assigneeName })}
        </Alert>
      )}
    </Box>
  );
};
