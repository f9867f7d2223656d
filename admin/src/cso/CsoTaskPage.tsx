import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { RecordContextProvider, ResourceContextProvider, Title, useGetOne, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { useFormatDate } from '../common/useFormatDate';
import { QueryError } from '../dashboard/QueryError';
import type { TaskRecord } from '../institutional/types';
import { TaskFormFor } from '../tasks/TaskFormFor';
import { csoProgramPath } from './paths';

/**
 * A task given to the organisation (the advocacy plan draft), in the CSO view: the same form as
 * the mentor's, without the staff inbox around it. Any active member of the organisation may
 * complete it, so it is editable while open.
 */
export const CsoTaskPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { data: task, isPending, error, refetch } = useGetOne<TaskRecord>('tasks', { id });
  const typeName = task ? translate(`mentorflow.task_types.${task.type}`, { _: task.type }) : '';
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1400 }} data-testid="cso-task-page">
      <Title title={typeName || translate('mentorflow.cso.home.title')} />
      {isPending ? (
        <CircularProgress size={28} />
      ) : error || !task ? (
        <QueryError error={error} onRetry={() => refetch()} testId="cso-task-error" />
      ) : (
        // The task forms' array inputs (react-admin's SimpleFormIterator) need a resource, as in TaskShow.
        <ResourceContextProvider value="tasks">
          <RecordContextProvider value={task}>
            <Button component={Link} to={csoProgramPath(task.programId)} size="small" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
              {translate('mentorflow.cso.program.back_to_program')}
            </Button>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
              {typeName}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {task.status === 'open'
                ? translate('mentorflow.cso.program.due', { date: formatDate(task.dueAt) })
                : translate(`mentorflow.task_status.${task.status}`)}
            </Typography>
            {(task.type as string) === 'plan_drafting' && task.status === 'open' && (
              <Alert severity="info" sx={{ mb: 2 }} data-testid="cso-drafting-help">
                {translate('mentorflow.cso.drafting.help')}
              </Alert>
            )}
            <TaskFormFor key={`${task.id}-${task.status}`} task={task} readOnly={task.status !== 'open'} config={task.context?.config} />
          </RecordContextProvider>
        </ResourceContextProvider>
      )}
    </Box>
  );
};
