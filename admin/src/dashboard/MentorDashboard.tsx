import { Box } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import ApartmentIcon from '@mui/icons-material/Apartment';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { useTranslate } from 'react-admin';
import { DueTasksCard } from './DueTasksCard';
import { PortfolioCard } from './PortfolioCard';
import { StatCard } from './StatCard';
import type { MentorDashboardData } from './types';
import { Welcome } from './Welcome';

/** Mentors: their CSOs and the tasks due. */
export const MentorDashboard = ({ data }: { data: MentorDashboardData }) => {
  const translate = useTranslate();
  const overdue = data.dueTasks.filter((task) => task.overdue).length;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2, mb: 4 }} data-testid="dashboard-mentor">
      <Welcome hint={translate('mentorflow.dashboard.mentor_hint')} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(210px, 1fr))' }}>
        <StatCard
          icon={ApartmentIcon}
          title={translate('mentorflow.dashboard.portfolio')}
          value={data.portfolio.length}
          to="/programs"
          testId="dashboard-card-portfolio"
        />
        <StatCard
          icon={AssignmentIcon}
          tone="info"
          title={translate('mentorflow.dashboard.open_tasks')}
          value={data.dueTasks.length}
          to="/tasks"
          testId="dashboard-card-open-tasks"
        />
        <StatCard
          icon={AlarmIcon}
          tone={overdue > 0 ? 'error' : 'success'}
          title={translate('mentorflow.dashboard.overdue_tasks')}
          value={overdue}
          to="/tasks"
          testId="dashboard-card-overdue"
        />
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
          alignItems: 'start',
        }}
      >
        <PortfolioCard items={data.portfolio} />
        <DueTasksCard
          title={translate('mentorflow.dashboard.due_tasks')}
          items={data.dueTasks}
          emptyText={translate('mentorflow.dashboard.nothing_due')}
          testId="dashboard-due-tasks"
        />
      </Box>
    </Box>
  );
};
