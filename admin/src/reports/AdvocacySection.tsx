import { Box, useTheme } from '@mui/material';
import ApartmentIcon from '@mui/icons-material/Apartment';
import CampaignIcon from '@mui/icons-material/Campaign';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import LockIcon from '@mui/icons-material/Lock';
import LogoutIcon from '@mui/icons-material/Logout';
import SchoolIcon from '@mui/icons-material/School';
import { useTranslate } from 'react-admin';
import { ChartCard } from '../dashboard/ChartCard';
import { barsHeight, NamedBars } from '../dashboard/NamedBars';
import { StageFunnel } from '../dashboard/StageFunnel';
import { StatCard } from '../dashboard/StatCard';
import type { AdvocacyReport } from './types';

const CsosPerMentorChart = ({ perMentor }: { perMentor: Record<string, number> }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const rows = Object.entries(perMentor).map(([name, value]) => ({ name, value }));
  return (
    <ChartCard
      title={translate('mentorflow.reports.csos_per_mentor')}
      height={barsHeight(rows.length)}
      empty={rows.length === 0}
      emptyText={translate('mentorflow.reports.no_advocacy')}
      testId="report-csos-per-mentor"
    >
      <NamedBars rows={rows} color={theme.palette.secondary.main} label={translate('mentorflow.reports.csos')} />
    </ChartCard>
  );
};

/** Advocacy mentorship: plans developed and finalised, stages, CSOs per mentor. */
export const AdvocacySection = ({ report }: { report: AdvocacyReport }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`mentorflow.reports.advocacy_figures.${key}`);
  const c = (key: string) => translate(`mentorflow.reports.advocacy_counts.${key}`);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 240px), 1fr))' }}>
        <StatCard
          icon={CampaignIcon}
          tone="secondary"
          title={t('programs')}
          value={report.programs}
          caption={c('programs')}
          testId="report-advocacy-programs"
        />
        <StatCard
          icon={ApartmentIcon}
          tone="secondary"
          title={t('organizations')}
          value={report.organizations}
          caption={c('organizations')}
          testId="report-advocacy-organizations"
        />
        <StatCard
          icon={SchoolIcon}
          tone="secondary"
          title={t('mentors')}
          value={report.mentors}
          caption={c('mentors')}
          testId="report-advocacy-mentors"
        />
        <StatCard
          icon={EditNoteIcon}
          tone="info"
          title={t('plans_developed')}
          value={report.plansDeveloped}
          caption={c('plans_developed')}
          testId="report-advocacy-plans-developed"
        />
        <StatCard
          icon={LockIcon}
          tone="success"
          title={t('plans_finalised')}
          value={report.plansFinalised}
          caption={c('plans_finalised')}
          testId="report-advocacy-plans-finalised"
        />
        <StatCard
          icon={EventRepeatIcon}
          tone="info"
          title={t('checkins')}
          value={report.checkins}
          caption={c('checkins')}
          testId="report-advocacy-checkins"
        />
        <StatCard
          icon={DoneAllIcon}
          tone="success"
          title={t('completed')}
          value={report.completed}
          caption={c('completed')}
          testId="report-advocacy-completed"
        />
        <StatCard
          icon={LogoutIcon}
          tone="warning"
          title={t('withdrawn')}
          value={report.withdrawn}
          caption={c('withdrawn')}
          testId="report-advocacy-withdrawn"
        />
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
        <StageFunnel
          type="advocacy"
          counts={report.byStage}
          title={translate('mentorflow.reports.advocacy_stages')}
          testId="report-advocacy-stages"
        />
        <CsosPerMentorChart perMentor={report.csosPerMentor} />
      </Box>
    </Box>
  );
};
