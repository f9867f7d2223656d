import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { useMonthLabel } from './format';
import { barsHeight, NamedBars } from './NamedBars';
import type { MentorVisits } from './types';

/** Visits and remote support logged this month, per active mentor (most first; zeros show who has none). */
export const VisitsPerMentorChart = ({ rows }: { rows: MentorVisits[] }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const month = useMonthLabel();
  const data = [...rows]
    .sort((a, b) => b.visits - a.visits || a.mentorName.localeCompare(b.mentorName))
    .map((row) => ({ name: row.mentorName, value: row.visits }));
  return (
    <ChartCard
      title={translate('mentorflow.dashboard.visits_per_mentor')}
      subheader={month}
      height={barsHeight(data.length)}
      empty={data.length === 0}
      emptyText={translate('mentorflow.dashboard.no_mentors')}
      testId="dashboard-visits-per-mentor"
    >
      <NamedBars rows={data} color={theme.palette.primary.main} label={translate('mentorflow.dashboard.visits')} />
    </ChartCard>
  );
};
