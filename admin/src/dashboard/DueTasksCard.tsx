import { useTranslate } from 'react-admin';
import { DueChip } from '../tasks/DueChip';
import { ChartCard } from './ChartCard';
import { useTaskTypeLabel } from './labels';
import { LinkList } from './LinkList';
import type { DueTaskItem } from './types';
import { usePage } from './usePage';

const PER_PAGE = 8;

interface DueTasksCardProps {
  title: string;
  items: DueTaskItem[];
  emptyText: string;
  testId: string;
}

/**
 * The signed-in person's open tasks, overdue first, each opening its form: the top of their
 * inbox, which is where mentors and gender experts land after signing in. Ordered by urgency
 * (overdue, then due soonest; the API's order), eight per page.
 */
export const DueTasksCard = ({ title, items, emptyText, testId }: DueTasksCardProps) => {
  const translate = useTranslate();
  const taskType = useTaskTypeLabel();
  const { shown, control } = usePage(items, PER_PAGE, testId);
  return (
    <ChartCard
      title={title}
      subheader={translate('mentorflow.dashboard.open_count', { smart_count: items.length })}
      empty={items.length === 0}
      emptyText={emptyText}
      testId={testId}
    >
      <LinkList
        rows={shown.map((task) => ({
          key: task.id,
          to: `/tasks/${task.id}/show`,
          primary: task.organizationName,
          secondary: `${taskType(task.type, task.taskName)} · ${translate('mentorflow.dashboard.year', { year: task.year })}`,
          end: <DueChip dueAt={task.dueAt} overdue={task.overdue} />,
          // The same handle as the inbox's rows (tasks/TaskList.tsx): this list is the inbox's top.
          data: {
            'data-testid': 'task-row',
            'data-task-id': task.id,
            'data-task-type': task.type,
            'data-overdue': task.overdue ? 'true' : 'false',
          },
        }))}
      />
      {control}
    </ChartCard>
  );
};
