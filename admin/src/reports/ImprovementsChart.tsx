import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from '../dashboard/ChartCard';
import { usePercent } from '../dashboard/format';
import type { InstitutionalReport } from './types';

/** The year's planned improvements by status, as one stacked bar. */
export const ImprovementsChart = ({ report }: { report: InstitutionalReport }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const percent = usePercent();
  const { implemented, inProgress, notStarted, dropped, planned, implementationRate } = report.improvements;
  const row = { name: translate('mentorflow.reports.improvements'), implemented, inProgress, notStarted, dropped };
  const series = [
    { key: 'implemented', color: theme.palette.success.main, label: 'mentorflow.plan_status.done' },
    { key: 'inProgress', color: theme.palette.info.main, label: 'mentorflow.plan_status.in_progress' },
    { key: 'notStarted', color: theme.palette.grey[400], label: 'mentorflow.reports.not_started' },
    { key: 'dropped', color: theme.palette.warning.main, label: 'mentorflow.plan_status.dropped' },
  ];
  return (
    <ChartCard
      title={translate('mentorflow.reports.improvements')}
      subheader={
        planned === 0
          ? undefined
          : translate('mentorflow.reports.counts.improvements', {
              smart_count: planned,
              done: implemented,
              in_progress: inProgress,
              not_started: notStarted,
              dropped,
              total: planned - dropped,
              rate: percent(implementationRate),
              year: report.year,
            })
      }
      height={150}
      empty={planned === 0}
      emptyText={translate('mentorflow.reports.no_improvements')}
      testId="report-improvements-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[row]} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} domain={[0, planned]} />
          <YAxis type="category" dataKey="name" hide />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              stackId="status"
              name={translate(s.label)}
              fill={s.color}
              isAnimationActive={false}
              barSize={36}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
