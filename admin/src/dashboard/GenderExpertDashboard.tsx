import BalanceIcon from '@mui/icons-material/Balance';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { useTranslate } from 'react-admin';
import { Columns } from './Columns';
import { DashboardPage } from './DashboardPage';
import { DueTasksCard } from './DueTasksCard';
import type { StatCardProps } from './StatCard';
import type { DueTaskItem, GenderExpertDashboardData } from './types';

/** Her two lists, each counted in a card above it: test ids, message keys, and the tasks. */
const LISTS: {
  id: string;
  title: string;
  empty: string;
  icon: StatCardProps['icon'];
  tone?: StatCardProps['tone'];
  items: (data: GenderExpertDashboardData) => DueTaskItem[];
}[] = [
  { id: 'reports', title: 'reports_to_write', empty: 'no_reports', icon: BalanceIcon, items: (data) => data.reportsToWrite },
  { id: 'reviews', title: 'reviews_due', empty: 'no_reviews', icon: FactCheckIcon, tone: 'secondary', items: (data) => data.reviewsDue },
];

/** Gender experts: evaluation reports to write and gender plan reviews due. */
export const GenderExpertDashboard = ({ data }: { data: GenderExpertDashboardData }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`mentorflow.dashboard.${key}`);
  return (
    <DashboardPage
      testId="dashboard-gender-expert"
      hint={t('gender_hint')}
      cards={LISTS.map((list) => ({
        icon: list.icon,
        tone: list.tone,
        title: t(list.title),
        value: list.items(data).length,
        to: '/tasks',
        testId: `dashboard-card-${list.id}`,
      }))}
    >
      <Columns split="halves">
        {LISTS.map((list) => (
          <DueTasksCard
            key={list.id}
            title={t(list.title)}
            items={list.items(data)}
            emptyText={t(list.empty)}
            testId={`dashboard-${list.id}`}
          />
        ))}
        {/* Tasks of types designed in the console, each named by its design. */}
        {(data.templateTasks?.length ?? 0) > 0 && (
          <DueTasksCard
            title={translate('mentorflow.template_dashboard.tasks')}
            items={data.templateTasks ?? []}
            emptyText={translate('mentorflow.template_dashboard.no_tasks')}
            testId="dashboard-template-tasks"
          />
        )}
      </Columns>
    </DashboardPage>
  );
};
