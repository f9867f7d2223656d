import { Box } from '@mui/material';
import BalanceIcon from '@mui/icons-material/Balance';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { useTranslate } from 'react-admin';
import { DueTasksCard } from './DueTasksCard';
import { StatCard } from './StatCard';
import type { GenderExpertDashboardData } from './types';
import { Welcome } from './Welcome';

/** Gender experts: evaluation reports to write and gender plan reviews due. */
export const GenderExpertDashboard = ({ data }: { data: GenderExpertDashboardData }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2, mb: 4 }} data-testid="dashboard-gender-expert">
      <Welcome hint={translate('mentorflow.dashboard.gender_hint')} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(210px, 1fr))' }}>
        <StatCard
          icon={BalanceIcon}
          title={translate('mentorflow.dashboard.reports_to_write')}
          value={data.reportsToWrite.length}
          to="/tasks"
          testId="dashboard-card-reports"
        />
        <StatCard
          icon={FactCheckIcon}
          tone="secondary"
          title={translate('mentorflow.dashboard.reviews_due')}
          value={data.reviewsDue.length}
          to="/tasks"
          testId="dashboard-card-reviews"
        />
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
        <DueTasksCard
          title={translate('mentorflow.dashboard.reports_to_write')}
          items={data.reportsToWrite}
          emptyText={translate('mentorflow.dashboard.no_reports')}
          testId="dashboard-reports"
        />
        <DueTasksCard
          title={translate('mentorflow.dashboard.reviews_due')}
          items={data.reviewsDue}
          emptyText={translate('mentorflow.dashboard.no_reviews')}
          testId="dashboard-reviews"
        />
        {/* Tasks of types designed in the console, each named by its design. */}
        {(data.templateTasks?.length ?? 0) > 0 && (
          <DueTasksCard
            title={translate('mentorflow.template_dashboard.tasks')}
            items={data.templateTasks ?? []}
            emptyText={translate('mentorflow.template_dashboard.no_tasks')}
            testId="dashboard-template-tasks"
          />
        )}
      </Box>
    </Box>
  );
};
