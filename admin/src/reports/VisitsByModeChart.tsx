import { useTheme } from '@mui/material';
import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from '../dashboard/ChartCard';
import type { InstitutionalReport } from './types';

/** Mentor visits (face-to-face) and remote support (email, phone, video) as a donut. */
export const VisitsByModeChart = ({ report }: { report: InstitutionalReport }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const colors: Record<string, string> = {
    face_to_face: theme.palette.primary.main,
    email: theme.palette.secondary.main,
    phone: theme.palette.warning.main,
    video: theme.palette.success.main,
  };
  const rows = Object.entries(report.visits.byMode).map(([mode, count]) => ({
    mode,
    name: translate(`mentorflow.contact_modes.${mode}`, { _: mode }),
    count,
  }));
  return (
    <ChartCard
      title={translate('mentorflow.reports.visits_by_mode')}
      subheader={translate('mentorflow.reports.visits_total', { smart_count: report.visits.total })}
      height={280}
      empty={report.visits.total === 0}
      emptyText={translate('mentorflow.reports.no_visits')}
      testId="report-visits-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie
            data={rows.filter((row) => row.count > 0)}
            dataKey="count"
            nameKey="name"
            innerRadius="50%"
            outerRadius="80%"
            paddingAngle={1}
            label={({ value }) => value}
            isAnimationActive={false}
          >
            {rows
              .filter((row) => row.count > 0)
              .map((row) => (
                <Cell key={row.mode} fill={colors[row.mode] ?? theme.palette.grey[500]} />
              ))}
          </Pie>
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </PieChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
