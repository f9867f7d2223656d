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
    return (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
            <StatCard icon={ApartmentIcon} title={t('organizations')} value={report.organizations} testId="report-organizations" />
            <StatCard icon={SchoolIcon} title={t('mentors')} value={report.mentors} testId="report-mentors" />
            <StatCard
                icon={DirectionsWalkIcon}
                tone="info"
                title={t('visits')}
                value={report.visits.total}
                testId="report-visits"
            />
            <StatCard
                icon={TrendingUpIcon}
                tone="success"
                title={t('implementation_rate')}
                value={percent(report.improvements.implementationRate)}
                caption={translate('mentorflow.reports.implemented_of', {
                    done: report.improvements.implemented,
                    total: report.improvements.planned - report.improvements.dropped,
                })}
                testId="report-implementation-rate"
            />
            <StatCard icon={AssignmentIcon} title={t('self_assessments')} value={report.selfAssessments} testId="report-self-assessments" />
            <StatCard icon={BalanceIcon} tone="secondary" title={t('gender_reports')} value={report.genderReports} testId="report-gender-reports" />
            <StatCard icon={ChecklistIcon} title={t('improvement_plans')} value={report.improvementPlans} testId="report-improvement-plans" />
            <StatCard icon={ReplayIcon} title={t('re_evaluations')} value={report.reEvaluations} testId="report-re-evaluations" />
            <StatCard icon={WcIcon} tone="secondary" title={t('gender_plans')} value={report.genderPlans} testId="report-gender-plans" />
            <StatCard
                icon={FactCheckIcon}
                tone="secondary"
                title={t('gender_plan_reviews')}
                value={report.genderPlanReviews}
                testId="report-gender-plan-reviews"
            />
            <StatCard
                icon={GroupsIcon}
                tone="warning"
                title={t('peer_meetings')}
                value={report.peerLearning.meetings}
                caption={translate('mentorflow.reports.workshops', { smart_count: report.peerLearning.workshops })}
                testId="report-peer-learning"
            />
            <StatCard
                icon={Diversity3Icon}
                tone="warning"
                title={t('attendances')}
                value={report.peerLearning.attendances}
                testId="report-attendances"
            />
        </Box>
    );
};
