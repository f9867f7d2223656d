import { Box } from '@mui/material';
import ApartmentIcon from '@mui/icons-material/Apartment';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import BalanceIcon from '@mui/icons-material/Balance';
import ChecklistIcon from '@mui/icons-material/Checklist';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import Diversity3Icon from '@mui/icons-material/Diversity3';
import GroupsIcon from '@mui/icons-material/Groups';
import ReplayIcon from '@mui/icons-material/Replay';
import SchoolIcon from '@mui/icons-material/School';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import WcIcon from '@mui/icons-material/Wc';
import { useTranslate } from 'react-admin';
import { usePercent } from '../dashboard/format';
import { StatCard } from '../dashboard/StatCard';
import type { InstitutionalReport } from './types';

/**
 * The year's figures as the program documents state them: organizations, mentors,
 * visits, each step's completions, implementation rate, gender plans, peer learning.
 * Each card's figure is `data-testid="report-<name>-value"`.
 */
export const InstitutionalFigures = ({ report }: { report: InstitutionalReport }) => {
  const translate = useTranslate();
  const percent = usePercent();
  const t = (key: string) => translate(`mentorflow.reports.figures.${key}`);
  // What each figure counts, in a line under it (issue 11: "every figure says what it counts").
  const c = (key: string, args: Record<string, unknown> = {}) =>
    translate(`mentorflow.reports.counts.${key}`, { year: report.year, ...args });
  const { planned, dropped, implemented } = report.improvements;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 240px), 1fr))' }}>
      <StatCard
        icon={ApartmentIcon}
        title={t('organizations')}
        value={report.organizations}
        caption={c('organizations', { smart_count: report.programs })}
        testId="report-organizations"
      />
      <StatCard icon={SchoolIcon} title={t('mentors')} value={report.mentors} caption={c('mentors')} testId="report-mentors" />
      <StatCard
        icon={DirectionsWalkIcon}
        tone="info"
        title={t('visits')}
        value={report.visits.total}
        caption={c('visits', {
          face: report.visits.byMode.face_to_face ?? 0,
          remote: report.visits.total - (report.visits.byMode.face_to_face ?? 0),
        })}
        testId="report-visits"
      />
      <StatCard
        icon={TrendingUpIcon}
        tone="success"
        title={t('implementation_rate')}
        value={percent(report.improvements.implementationRate)}
        caption={translate('mentorflow.reports.counts.implementation_rate', {
          done: implemented,
          total: planned - dropped,
          planned,
          dropped,
        })}
        testId="report-implementation-rate"
      />
      <StatCard
        icon={AssignmentIcon}
        title={t('self_assessments')}
        value={report.selfAssessments}
        caption={c('self_assessments')}
        testId="report-self-assessments"
      />
      <StatCard
        icon={BalanceIcon}
        tone="secondary"
        title={t('gender_reports')}
        value={report.genderReports}
        caption={c('gender_reports')}
        testId="report-gender-reports"
      />
      <StatCard
        icon={ChecklistIcon}
        title={t('improvement_plans')}
        value={report.improvementPlans}
        caption={c('improvement_plans')}
        testId="report-improvement-plans"
      />
      <StatCard
        icon={ReplayIcon}
        title={t('re_evaluations')}
        value={report.reEvaluations}
        caption={c('re_evaluations')}
        testId="report-re-evaluations"
      />
      <StatCard
        icon={WcIcon}
        tone="secondary"
        title={t('gender_plans')}
        value={report.genderPlans}
        caption={c('gender_plans')}
        testId="report-gender-plans"
      />
      <StatCard
        icon={FactCheckIcon}
        tone="secondary"
        title={t('gender_plan_reviews')}
        value={report.genderPlanReviews}
        caption={c('gender_plan_reviews')}
        testId="report-gender-plan-reviews"
      />
      <StatCard
        icon={GroupsIcon}
        tone="warning"
        title={t('peer_meetings')}
        value={report.peerLearning.meetings}
        caption={`${translate('mentorflow.reports.workshops', { smart_count: report.peerLearning.workshops })} ${c('peer_learning')}`}
        testId="report-peer-learning"
      />
      <StatCard
        icon={Diversity3Icon}
        tone="warning"
        title={t('attendances')}
        value={report.peerLearning.attendances}
        caption={c('attendances')}
        testId="report-attendances"
      />
    </Box>
  );
};
