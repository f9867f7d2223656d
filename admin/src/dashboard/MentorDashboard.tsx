import AlarmIcon from '@mui/icons-material/Alarm';
import ApartmentIcon from '@mui/icons-material/Apartment';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { useTranslate } from 'react-admin';
import { Columns } from './Columns';
import { DashboardPage } from './DashboardPage';
import { DueTasksCard } from './DueTasksCard';
import { PortfolioCard } from './PortfolioCard';
import type { MentorDashboardData } from './types';

/** Mentors: their CSOs and the tasks due. */
export const MentorDashboard = ({ data }: { data: MentorDashboardData }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`mentorflow.dashboard.${key}`);
  const overdue = data.dueTasks.filter((task) => task.overdue).length;
  return (
    <DashboardPage
      testId="dashboard-mentor"
      hint={t('mentor_hint')}
      cards={[
        { icon: ApartmentIcon, title: t('portfolio'), value: data.portfolio.length, to: '/programs', testId: 'dashboard-card-portfolio' },
        {
          icon: AssignmentIcon,
          tone: 'info',
          title: t('open_tasks'),
          value: data.dueTasks.length,
          to: '/tasks',
          testId: 'dashboard-card-open-tasks',
        },
        {
          icon: AlarmIcon,
          tone: overdue > 0 ? 'error' : 'success',
          title: t('overdue_tasks'),
          value: overdue,
          to: '/tasks',
          testId: 'dashboard-card-overdue',
        },
      ]}
    >
      <Columns split="mainAside">
        <PortfolioCard items={data.portfolio} />
        <DueTasksCard title={t('due_tasks')} items={data.dueTasks} emptyText={t('nothing_due')} testId="dashboard-due-tasks" />
      </Columns>
    </DashboardPage>
  );
};
