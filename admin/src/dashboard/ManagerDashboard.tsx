import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AlarmIcon from '@mui/icons-material/Alarm';
import CampaignIcon from '@mui/icons-material/Campaign';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import PhoneDisabledIcon from '@mui/icons-material/PhoneDisabled';
import DynamicFormIcon from '@mui/icons-material/DynamicFormOutlined';
import { useTranslate } from 'react-admin';
import { useDesignedVocabulary } from '../programTypes/useDesignedVocabulary';
import { Columns, Stack } from './Columns';
import { DashboardPage } from './DashboardPage';
import { runningCount } from './stages';
import { OVERDUE_TASKS, OverdueTasksCard } from './OverdueTasksCard';
import { StageFunnel } from './StageFunnel';
import type { ManagerDashboardData } from './types';
import { VisitsPerMentorChart } from './VisitsPerMentorChart';
import { WithoutContactCard } from './WithoutContactCard';

/** Program managers and admins: where every program stands and what needs attention. */
export const ManagerDashboard = ({ data }: { data: ManagerDashboardData }) => {
  const translate = useTranslate();
  const visits = data.visitsPerMentorThisMonth.reduce((sum, row) => sum + row.visits, 0);
  // Designed types that have programs: a card and a funnel each, named and ordered by their design.
  const vocabulary = useDesignedVocabulary();
  const designed = Object.keys(data.programsByStage)
    .filter((key) => key !== 'institutional' && key !== 'advocacy')
    .sort()
    .map((key) => ({
      key,
      name: vocabulary.typeName(key) ?? key,
      stages: vocabulary.types.find((type) => type.key === key)?.stages ?? [],
    }));
  const t = (key: string) => translate(`mentorflow.dashboard.${key}`);
  return (
    <DashboardPage
      testId="dashboard-manager"
      hint={t('manager_hint')}
      cards={[
        {
          icon: AccountTreeIcon,
          title: t('institutional_running'),
          value: runningCount(data.programsByStage.institutional),
          to: '/programs',
          testId: 'dashboard-card-institutional',
        },
        {
          icon: CampaignIcon,
          tone: 'secondary',
          title: t('advocacy_running'),
          value: runningCount(data.programsByStage.advocacy),
          to: '/reports',
          testId: 'dashboard-card-advocacy',
        },
        ...designed.map((type) => ({
          icon: DynamicFormIcon,
          tone: 'info' as const,
          title: translate('mentorflow.template_dashboard.running', { name: type.name }),
          value: runningCount(data.programsByStage[type.key]),
          to: `/programs?filter=${encodeURIComponent(JSON.stringify({ type: type.key }))}`,
          testId: `dashboard-card-${type.key}`,
        })),
        {
          icon: AlarmIcon,
          tone: data.overdueTasks.count > 0 ? 'error' : 'success',
          title: t('overdue_tasks'),
          value: data.overdueTasks.count,
          to: OVERDUE_TASKS,
          testId: 'dashboard-card-overdue',
        },
        { icon: DirectionsWalkIcon, tone: 'info', title: t('visits_this_month'), value: visits, testId: 'dashboard-card-visits' },
        {
          icon: PhoneDisabledIcon,
          tone: data.withoutContact.length > 0 ? 'warning' : 'success',
          title: t('without_contact'),
          value: data.withoutContact.length,
          testId: 'dashboard-card-without-contact',
        },
      ]}
    >
      <Columns split="mainAside">
        <Stack>
          <Columns split="halves">
            <StageFunnel
              type="institutional"
              counts={data.programsByStage.institutional}
              title={t('institutional_by_stage')}
              testId="dashboard-stages-institutional"
            />
            <StageFunnel
              type="advocacy"
              counts={data.programsByStage.advocacy}
              title={t('advocacy_by_stage')}
              testId="dashboard-stages-advocacy"
            />
            {designed.map((type) => (
              <StageFunnel
                key={type.key}
                type={type.key}
                stages={type.stages}
                counts={data.programsByStage[type.key]}
                title={translate('mentorflow.template_dashboard.by_stage', { name: type.name })}
                testId={`dashboard-stages-${type.key}`}
              />
            ))}
          </Columns>
          <VisitsPerMentorChart rows={data.visitsPerMentorThisMonth} />
        </Stack>
        <Stack>
          <OverdueTasksCard count={data.overdueTasks.count} items={data.overdueTasks.items} />
          <WithoutContactCard items={data.withoutContact} />
        </Stack>
      </Columns>
    </DashboardPage>
  );
};
