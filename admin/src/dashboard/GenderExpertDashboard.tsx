import BalanceIcon from '@mui/icons-material/Balance';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { useTranslate } from 'react-admin';
import { Columns } from './Columns';
import { DashboardPage } from './DashboardPage';
import { DueTasksCard } from './DueTasksCard';
import type { GenderExpertDashboardData } from './types';

/** Gender experts: evaluation reports to write and gender plan reviews due. */
export const GenderExpertDashboard = ({ data }: { data: GenderExpertDashboardData }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`mentorflow.dashboard.${key}`);
  return (
    <DashboardPage
      testId="dashboard-gender-expert"
      hint={t('gender_hint')}
      cards={[
        {
          icon: BalanceIcon,
          title: t('reports_to_write'),
          value: data.reportsToWrite.length,
          to: '/tasks',
          testId: 'dashboard-card-reports',
        },
        {
          icon: FactCheckIcon,
          tone: 'secondary',
          title: t('reviews_due'),
          value: data.reviewsDue.length,
          to: '/tasks',
          testId: 'dashboard-card-reviews',
        },
      ]}
    >
      <Columns split="halves">
        <DueTasksCard title={t('reports_to_write')} items={data.reportsToWrite} emptyText={t('no_reports')} testId="dashboard-reports" />
        <DueTasksCard title={t('reviews_due')} items={data.reviewsDue} emptyText={t('no_reviews')} testId="dashboard-reviews" />
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
