import { useState } from 'react';
import { Box, ToggleButton, ToggleButtonGroup, useMediaQuery, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProgramRecord } from '../types';
import { useConfigText } from '../useConfigText';
import { gradeSeries } from './gradeSeries';
import { EmptyText, Panel } from '../../programs/show/Panel';
import { GradeRadarChart } from '../../reports/GradeRadarChart';

/**
 * Grades as a radar chart: year 1's self-assessment against each later re-evaluation,
 * on the elements (or the principles), named from the program's configuration.
 */
export const GradesRadar = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const text = useConfigText(program.config);
  const [axis, setAxis] = useState<'elements' | 'principles'>('elements');
  // On a phone the labels around the chart need the room: a smaller chart, narrower labels.
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  const series = gradeSeries(program);
  // The baseline is grey and dashed once there is something to compare it with.
  const colors = [
    series.length > 1 ? theme.palette.grey[500] : theme.palette.primary.main,
    theme.palette.primary.main,
    theme.palette.success.main,
    theme.palette.warning.main,
    theme.palette.secondary.main,
  ];
  const slugs =
    axis === 'elements' ? text.config.elements.map((e) => e.slug as string) : text.config.principles.map((p) => p.slug as string);
  const data = slugs.map((slug) => {
    const row: Record<string, string | number | null> = {
      name: axis === 'elements' ? text.element(slug) : text.principle(slug),
    };
    for (const s of series) row[s.key] = (s.grades[axis] as Record<string, number>)[slug] ?? null;
    return row;
  });
  return (
    <Panel
      title={translate('mentorflow.programs.grades')}
      testId="grades-radar"
      action={
        series.length > 0 && (
          <ToggleButtonGroup size="small" exclusive value={axis} onChange={(_, value) => value && setAxis(value)}>
            <ToggleButton value="elements" data-testid="radar-elements">
              {translate('mentorflow.grades.elements')}
            </ToggleButton>
            <ToggleButton value="principles" data-testid="radar-principles">
              {translate('mentorflow.grades.principles')}
            </ToggleButton>
          </ToggleButtonGroup>
        )
      }
    >
      {series.length === 0 ? (
        <EmptyText testId="grades-empty">{translate('mentorflow.grades.empty')}</EmptyText>
      ) : (
        <Box sx={{ width: '100%', height: 400, color: 'text.secondary' }} data-series={series.map((s) => s.key).join(',')}>
          <GradeRadarChart
            data={data}
            series={series.map((s, i) => ({
              key: s.key,
              name: translate(
                s.kind === 'self_assessment' ? 'mentorflow.grades.series_self_assessment' : 'mentorflow.grades.series_re_evaluation',
                { year: s.year },
              ),
              color: colors[i % colors.length],
              fillOpacity: i === 0 ? 0.15 : 0.25,
              dashed: i === 0 && series.length > 1,
            }))}
            max={text.config.gradeScale.max}
            outerRadius={narrow ? '46%' : '68%'}
            margin={narrow ? { top: 10, right: 8, bottom: 0, left: 8 } : { top: 10, right: 30, bottom: 0, left: 30 }}
            tick={{ chars: narrow ? 13 : 18, fontSize: narrow ? 10 : 11 }}
          />
        </Box>
      )}
    </Panel>
  );
};
