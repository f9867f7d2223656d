import type { ReactNode } from 'react';
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
import type { StatCardProps } from '../dashboard/StatCard';
import { StatGrid } from '../dashboard/StatGrid';
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
  const face = report.visits.byMode.face_to_face ?? 0;
  // A figure is named by its key: the title, the caption (unless given) and `report-<key>`.
  const figure = (key: string, icon: StatCardProps['icon'], value: ReactNode, more: Partial<StatCardProps> = {}) => ({
    icon,
    title: t(key),
    value,
    caption: c(key),
    testId: `report-${key.replace(/_/g, '-')}`,
    ...more,
  });
  return (
    <StatGrid
      layout="report"
      cards={[
        figure('organizations', ApartmentIcon, report.organizations, { caption: c('organizations', { smart_count: report.programs }) }),
        figure('mentors', SchoolIcon, report.mentors),
        figure('visits', DirectionsWalkIcon, report.visits.total, {
          tone: 'info',
          caption: c('visits', { face, remote: report.visits.total - face }),
        }),
        figure('implementation_rate', TrendingUpIcon, percent(report.improvements.implementationRate), {
          tone: 'success',
          caption: c('implementation_rate', { done: implemented, total: planned - dropped, planned, dropped }),
        }),
        figure('self_assessments', AssignmentIcon, report.selfAssessments),
        figure('gender_reports', BalanceIcon, report.genderReports, { tone: 'secondary' }),
        figure('improvement_plans', ChecklistIcon, report.improvementPlans),
        figure('re_evaluations', ReplayIcon, report.reEvaluations),
        figure('gender_plans', WcIcon, report.genderPlans, { tone: 'secondary' }),
        figure('gender_plan_reviews', FactCheckIcon, report.genderPlanReviews, { tone: 'secondary' }),
        figure('peer_meetings', GroupsIcon, report.peerLearning.meetings, {
          tone: 'warning',
          caption: `${translate('mentorflow.reports.workshops', { smart_count: report.peerLearning.workshops })} ${c('peer_learning')}`,
          testId: 'report-peer-learning',
        }),
        figure('attendances', Diversity3Icon, report.peerLearning.attendances, { tone: 'warning' }),
      ]}
    />
  );
};
