import { useState } from 'react';
import { Box, ToggleButton, ToggleButtonGroup, useMediaQuery, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChartCard } from '../dashboard/ChartCard';
import type { InstitutionalConfig } from '../institutional/domain';
import { useConfigText } from '../institutional/useConfigText';
import type { InstitutionalReport } from './types';
import { GradeRadarChart } from './GradeRadarChart';

type View = 'paired' | 'self' | 're';
type Grades = Record<string, number | null>;

const has = (grades: Grades) => Object.values(grades).some((v) => v != null);

/**
 * Average grade per element, like with like (issue 11: 52 self-assessments were drawn against
 * one re-evaluation): either the CSOs that have both this year, before and after over exactly
 * those CSOs, or all of the year's self-assessments, or all of its re-evaluations. Every series
 * names how many forms it averages. Element names from the configuration, in the console's language.
 */
export const GradesByElementRadar = ({ report, config }: { report: InstitutionalReport; config?: InstitutionalConfig }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  const text = useConfigText(config);
  const { selfAssessment, reEvaluation, counts, paired } = report.gradesByElement;
  const available: View[] = [
    ...(paired.programs > 0 ? (['paired'] as const) : []),
    ...(has(selfAssessment) ? (['self'] as const) : []),
    ...(has(reEvaluation) ? (['re'] as const) : []),
  ];
  const [chosen, setChosen] = useState<View | null>(null);
  const view: View = chosen && available.includes(chosen) ? chosen : (available[0] ?? 'self');
  const n = (count: number) => translate('mentorflow.reports.radar.n', { n: count });
  const series: { key: 'a' | 'b'; label: string; grades: Grades; color: string; dashed?: boolean }[] =
    view === 'paired'
      ? [
          {
            key: 'a',
            label: `${translate('mentorflow.reports.series_self_assessment')} (${n(paired.programs)})`,
            grades: paired.selfAssessment,
            color: theme.palette.grey[500],
            dashed: true,
          },
          {
            key: 'b',
            label: `${translate('mentorflow.reports.series_re_evaluation')} (${n(paired.programs)})`,
            grades: paired.reEvaluation,
            color: theme.palette.primary.main,
          },
        ]
      : view === 'self'
        ? [
            {
              key: 'a',
              label: `${translate('mentorflow.reports.series_self_assessment')} (${n(counts.selfAssessment)})`,
              grades: selfAssessment,
              color: theme.palette.primary.main,
            },
          ]
        : [
            {
              key: 'a',
              label: `${translate('mentorflow.reports.series_re_evaluation')} (${n(counts.reEvaluation)})`,
              grades: reEvaluation,
              color: theme.palette.primary.main,
            },
          ];
  const data = text.config.elements.map((element) => ({
    name: text.element(element.slug),
    a: series[0]?.grades[element.slug] ?? null,
    b: series[1]?.grades[element.slug] ?? null,
  }));
  const subheader = translate(`mentorflow.reports.radar.help_${view}`, {
    year: report.year,
    smart_count: view === 'paired' ? paired.programs : view === 'self' ? counts.selfAssessment : counts.reEvaluation,
  });
  return (
    <ChartCard
      title={translate('mentorflow.reports.grades_by_element')}
      subheader={subheader}
      action={
        available.length > 1 && (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={view}
            onChange={(_, value: View | null) => value && setChosen(value)}
            data-testid="report-grades-view"
            sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}
          >
            {available.map((v) => (
              <ToggleButton key={v} value={v} data-testid={`report-grades-view-${v}`} sx={{ py: 0.25, textTransform: 'none' }}>
                {translate(`mentorflow.reports.radar.view_${v}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        )
      }
      height={narrow ? 360 : 420}
      empty={available.length === 0}
      emptyText={translate('mentorflow.reports.no_grades')}
      testId="report-grades-radar"
    >
      <Box
        sx={{ width: '100%', height: '100%', color: 'text.secondary' }}
        data-view={view}
        data-counts={series.map((s) => s.label).join(' | ')}
      >
        <GradeRadarChart
          data={data}
          series={series.map((s) => ({ key: s.key, name: s.label, color: s.color, fillOpacity: s.dashed ? 0.12 : 0.25, dashed: s.dashed }))}
          max={text.config.gradeScale.max}
          outerRadius={narrow ? '52%' : '64%'}
          margin={narrow ? { top: 16, right: 8, bottom: 8, left: 8 } : { top: 16, right: 48, bottom: 8, left: 48 }}
          tick={{ chars: narrow ? 12 : 18 }}
        />
      </Box>
    </ChartCard>
  );
};
