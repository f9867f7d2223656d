import { useMediaQuery, useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from '../dashboard/ChartCard';
import { useStudyTypeLabel } from '../dashboard/labels';
import type { InstitutionalReport } from './types';
import { WrappedTick } from './WrappedTick';

/** Studies by type: planned in the year's improvement plans against implemented (done). */
export const StudiesChart = ({ report }: { report: InstitutionalReport }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const studyType = useStudyTypeLabel();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  const types = [...new Set([...Object.keys(report.plannedStudiesByType), ...Object.keys(report.studiesByType)])];
  const rows = types
    .map((type) => ({
      type,
      name: studyType(type),
      planned: report.plannedStudiesByType[type] ?? 0,
      done: report.studiesByType[type] ?? 0,
    }))
    .filter((row) => row.planned > 0 || row.done > 0);
  const planned = translate('mentorflow.reports.planned');
  const done = translate('mentorflow.reports.implemented');
  return (
    <ChartCard
      title={translate('mentorflow.reports.studies_by_type')}
      subheader={translate('mentorflow.reports.counts.studies', {
        planned: rows.reduce((sum, row) => sum + row.planned, 0),
        done: rows.reduce((sum, row) => sum + row.done, 0),
        year: report.year,
      })}
      height={Math.max(rows.length * 44 + 60, 200)}
      empty={rows.length === 0}
      emptyText={translate('mentorflow.reports.no_studies')}
      testId="report-studies-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 36, bottom: 0, left: 8 }} barGap={2}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="name"
            width={narrow ? 120 : 200}
            tick={<WrappedTick textAnchor="end" chars={narrow ? 16 : 30} />}
            interval={0}
          />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          <Bar dataKey="planned" name={planned} fill={theme.palette.grey[400]} isAnimationActive={false} radius={[0, 3, 3, 0]}>
            <LabelList dataKey="planned" position="right" fontSize={11} fill={theme.palette.text.secondary} />
          </Bar>
          <Bar dataKey="done" name={done} fill={theme.palette.primary.main} isAnimationActive={false} radius={[0, 3, 3, 0]}>
            <LabelList dataKey="done" position="right" fontSize={11} fill={theme.palette.text.primary} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
