import { Box, useMediaQuery, type Theme } from '@mui/material';
import { ListButton, Show, TopToolbar, useGetIdentity, useRecordContext, useLocale, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../auth/roles';
import { reviewsForAssignee } from '../cso/staff/DraftedByNote';
import { useRecordLoadErrorHandler } from '../common/useRecordLoadErrorHandler';
import type { TaskRecord } from '../institutional/types';
import { TaskFormFor } from './TaskFormFor';
import { TaskHeader } from './TaskHeader';

const TaskTitle = () => {
  const record = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  // On a phone the app bar has room for the task type only; the header below names the CSO.
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  if (!record) return null;
  // A task of a designed type carries its own name (en/tr).
  const taskName = (record as { taskName?: { en: string; tr: string } }).taskName;
  const typeName = taskName
    ? locale === 'tr'
      ? taskName.tr || taskName.en
      : taskName.en
    : translate(`mentorflow.task_types.${record.type}`);
  if (isPhone) return <>{typeName}</>;
  return (
    <>
      {typeName} — {record.organizationName}
    </>
  );
};

const TaskPage = () => {
  const task = useRecordContext<TaskRecord>();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Role>();
  if (!task) return null;
  // A manager reviews a version the mentor drafted (issue 12: nobody approves their own draft).
  const mine = (!!identity && identity.id === task.assigneeId) || reviewsForAssignee(task, permissions);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1400 }}>
      <TaskHeader task={task} mine={mine} />
      <TaskFormFor
        // A fresh form when the task changes state (e.g. completed elsewhere).
        key={`${task.id}-${task.status}`}
        task={task}
        readOnly={task.status !== 'open' || !mine}
        config={task.context?.config}
      />
    </Box>
  );
};

/**
 * A task (GET /api/tasks/:id with its context: config, previous grades, plan items).
 * The assignee completes it here; everyone else sees it read-only.
 */
export const TaskShow = () => {
  const onError = useRecordLoadErrorHandler();
  return (
    <Show
      title={<TaskTitle />}
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
      queryOptions={{ onError }}
    >
      <TaskPage />
    </Show>
  );
};
