import { Box } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AlarmIcon from '@mui/icons-material/Alarm';
import CampaignIcon from '@mui/icons-material/Campaign';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import PhoneDisabledIcon from '@mui/icons-material/PhoneDisabled';
import DynamicFormIcon from '@mui/icons-material/DynamicFormOutlined';
import { useTranslate } from 'react-admin';
import { useDesignedVocabulary } from '../programTypes/useDesignedVocabulary';
import { ENDED_STAGES } from './labels';
import { OverdueTasksCard } from './OverdueTasksCard';
import { StageFunnel } from './StageFunnel';
import { StatCard } from './StatCard';
import type { ManagerDashboardData, StageCounts } from './types';
import { VisitsPerMentorChart } from './VisitsPerMentorChart';
import { Welcome } from './Welcome';
import { WithoutContactCard } from './WithoutContactCard';

const running = (counts: StageCounts = {}) =>
  Object.entries(counts).reduce((sum, [stage, n]) => (ENDED_STAGES.has(stage) ? sum : sum + n), 0);

const OVERDUE_TASKS = `/tasks?filter=${encodeURIComponent(JSON.stringify({ overdue: true, status: 'open' }))}`;

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
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2, mb: 4 }} data-testid="dashboard-manager">
      <Welcome hint={translate('mentorflow.dashboard.manager_hint')} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(210px, 1fr))' }}>
        <StatCard
          icon={AccountTreeIcon}
          title={translate('mentorflow.dashboard.institutional_running')}
          value={running(data.programsByStage.institutional)}
          to="/programs"
          testId="dashboard-card-institutional"
        />
        <StatCard
          icon={CampaignIcon}
          tone="secondary"
          title={translate('mentorflow.dashboard.advocacy_running')}
          value={running(data.programsByStage.advocacy)}
          to="/reports"
          testId="dashboard-card-advocacy"
        />
        {designed.map((type) => (
          <StatCard
            key={type.key}
            icon={DynamicFormIcon}
            tone="info"
            title={translate('mentorflow.template_dashboard.running', { name: type.name })}
            value={running(data.programsByStage[type.key])}
            to={`/programs?filter=${encodeURIComponent(JSON.stringify({ type: type.key }))}`}
            testId={`dashboard-card-${type.key}`}
          />
        ))}
        <StatCard
          icon={AlarmIcon}
          tone={data.overdueTasks.count > 0 ? 'error' : 'success'}
          title={translate('mentorflow.dashboard.overdue_tasks')}
          value={data.overdueTasks.count}
          to={OVERDUE_TASKS}
          testId="dashboard-card-overdue"
        />
        <StatCard
          icon={DirectionsWalkIcon}
          tone="info"
          title={translate('mentorflow.dashboard.visits_this_month')}
          value={visits}
          testId="dashboard-card-visits"
        />
        <StatCard
          icon={PhoneDisabledIcon}
          tone={data.withoutContact.length > 0 ? 'warning' : 'success'}
          title={translate('mentorflow.dashboard.without_contact')}
          value={data.withoutContact.length}
          testId="dashboard-card-without-contact"
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
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
            <StageFunnel
              type="institutional"
              counts={data.programsByStage.institutional}
              title={translate('mentorflow.dashboard.institutional_by_stage')}
              testId="dashboard-stages-institutional"
            />
            <StageFunnel
              type="advocacy"
              counts={data.programsByStage.advocacy}
              title={translate('mentorflow.dashboard.advocacy_by_stage')}
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
          </Box>
          <VisitsPerMentorChart rows={data.visitsPerMentorThisMonth} />
        </Box>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <OverdueTasksCard count={data.overdueTasks.count} items={data.overdueTasks.items} />
          <WithoutContactCard items={data.withoutContact} />
        </Box>
      </Box>
    </Box>
  );
};
