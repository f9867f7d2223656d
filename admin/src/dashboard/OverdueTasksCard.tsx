import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { DueChip } from '../tasks/DueChip';
import { ChartCard } from './ChartCard';
import { useTaskTypeLabel } from './labels';
import { LinkList } from './LinkList';
import type { OverdueTaskItem } from './types';

/** The inbox filtered to open overdue tasks. */
export const OVERDUE_TASKS = `/tasks?filter=${encodeURIComponent(JSON.stringify({ overdue: true, status: 'open' }))}`;

/** The oldest overdue tasks (the API sends 20) and a link to all of them. */
export const OverdueTasksCard = ({ count, items }: { count: number; items: OverdueTaskItem[] }) => {
  const translate = useTranslate();
  const taskType = useTaskTypeLabel();
  return (
    <ChartCard
      title={translate('mentorflow.dashboard.overdue_tasks')}
      subheader={translate('mentorflow.dashboard.overdue_count', { smart_count: count })}
      action={
        count > 0 && (
          <Button component={Link} to={OVERDUE_TASKS} size="small" data-testid="dashboard-overdue-all">
            {translate('mentorflow.dashboard.see_all')}
          </Button>
        )
      }
      empty={items.length === 0}
      emptyText={translate('mentorflow.dashboard.nothing_overdue')}
      testId="dashboard-overdue"
    >
      <LinkList
        gap={1}
        rows={items.map((item) => ({
          key: item.id,
          to: `/tasks/${item.id}/show`,
          primary: item.organizationName,
          secondary: `${taskType(item.type, item.taskName)} · ${item.assigneeName}`,
          end: <DueChip dueAt={item.dueAt} overdue />,
          data: { 'data-testid': 'dashboard-overdue-item' },
        }))}
      />
    </ChartCard>
  );
};
