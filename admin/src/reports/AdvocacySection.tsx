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
import { Columns } from '../dashboard/Columns';
import { NamedBarsCard } from '../dashboard/NamedBars';
import { StageFunnel } from '../dashboard/StageFunnel';
import type { StatCardProps } from '../dashboard/StatCard';
import { StatGrid } from '../dashboard/StatGrid';
import type { AdvocacyReport } from './types';

/** Advocacy mentorship: plans developed and finalised, stages, CSOs per mentor. */
export const AdvocacySection = ({ report }: { report: AdvocacyReport }) => {
  const translate = useTranslate();
  const theme = useTheme();
  // A figure is named by its key: its title, caption and `report-advocacy-<key>`.
  const figure = (key: string, icon: StatCardProps['icon'], tone: StatCardProps['tone'], value: number) => ({
    icon,
    tone,
    title: translate(`mentorflow.reports.advocacy_figures.${key}`),
    value,
    caption: translate(`mentorflow.reports.advocacy_counts.${key}`),
    testId: `report-advocacy-${key.replace(/_/g, '-')}`,
  });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <StatGrid
        layout="report"
        cards={[
          figure('programs', CampaignIcon, 'secondary', report.programs),
          figure('organizations', ApartmentIcon, 'secondary', report.organizations),
          figure('mentors', SchoolIcon, 'secondary', report.mentors),
          figure('plans_developed', EditNoteIcon, 'info', report.plansDeveloped),
          figure('plans_finalised', LockIcon, 'success', report.plansFinalised),
          figure('checkins', EventRepeatIcon, 'info', report.checkins),
          figure('completed', DoneAllIcon, 'success', report.completed),
          figure('withdrawn', LogoutIcon, 'warning', report.withdrawn),
        ]}
      />
      <Columns split="halves">
        <StageFunnel
          type="advocacy"
          counts={report.byStage}
          title={translate('mentorflow.reports.advocacy_stages')}
          testId="report-advocacy-stages"
        />
        <NamedBarsCard
          title={translate('mentorflow.reports.csos_per_mentor')}
          rows={Object.entries(report.csosPerMentor).map(([name, value]) => ({ name, value }))}
          color={theme.palette.secondary.main}
          label={translate('mentorflow.reports.csos')}
          emptyText={translate('mentorflow.reports.no_advocacy')}
          testId="report-csos-per-mentor"
        />
      </Columns>
    </Box>
  );
};
