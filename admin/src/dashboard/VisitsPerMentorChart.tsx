import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMonthLabel } from './format';
import { NamedBarsCard } from './NamedBars';
import { visitBars } from './stages';
import type { MentorVisits } from './types';

/** Visits and remote support logged this month, per active mentor (most first; zeros show who has none). */
export const VisitsPerMentorChart = ({ rows }: { rows: MentorVisits[] }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const month = useMonthLabel();
  return (
    <NamedBarsCard
      title={translate('mentorflow.dashboard.visits_per_mentor')}
      subheader={month}
      rows={visitBars(rows)}
      color={theme.palette.primary.main}
      label={translate('mentorflow.dashboard.visits')}
      emptyText={translate('mentorflow.dashboard.no_mentors')}
      testId="dashboard-visits-per-mentor"
    />
  );
};
