import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { ENDED_STAGES, orderedStages, useStageLabel, type ProgramKind } from './labels';

interface StageFunnelProps {
  type: ProgramKind | string;
  /** A designed type's stages in its order, with their names (built-in types know theirs). */
  stages?: { id: string; name: string }[];
  counts?: Record<string, number>;
  title: string;
  testId: string;
}

/**
 * How many programs are at each stage, stages top-down in workflow order (a funnel);
 * completed and withdrawn ones muted.
 */
export const StageFunnel = ({ type, stages, counts = {}, title, testId }: StageFunnelProps) => {
  const theme = useTheme();
  const translate = useTranslate();
  const stageLabel = useStageLabel();
  const rows = stages
    ? designedRows(stages, counts, (stage) => stageLabel('institutional', stage))
    : orderedStages(type as ProgramKind, counts).map(({ stage, count }) => ({
        stage,
        name: stageLabel(type as ProgramKind, stage),
        count,
      }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const color = type === 'advocacy' ? theme.palette.secondary.main : stages ? theme.palette.info.main : theme.palette.primary.main;
  return (
    <ChartCard
      title={title}
      subheader={translate('mentorflow.dashboard.programs_total', { smart_count: total })}
      height={rows.length * 30 + 30}
      empty={total === 0}
      emptyText={translate('mentorflow.dashboard.no_programs')}
      testId={testId}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 36, bottom: 0, left: 8 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => [value, translate('mentorflow.dashboard.programs')]} />
          <Bar dataKey="count" isAnimationActive={false} radius={[0, 4, 4, 0]}>
            {rows.map((row) => (
              <Cell key={row.stage} fill={ENDED_STAGES.has(row.stage) ? theme.palette.grey[400] : color} />
            ))}
            <LabelList dataKey="count" position="right" fontSize={12} fill={theme.palette.text.secondary} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

/** A designed type's stages in order, then completed/withdrawn and any stage of an older version. */
const designedRows = (stages: { id: string; name: string }[], counts: Record<string, number>, label: (stage: string) => string) => {
  const known = new Set(stages.map((stage) => stage.id));
  const rest = [...new Set(['completed', ...Object.keys(counts)])].filter((stage) => !known.has(stage));
  return [
    ...stages.map((stage) => ({ stage: stage.id, name: stage.name, count: counts[stage.id] ?? 0 })),
    ...rest.map((stage) => ({ stage, name: label(stage), count: counts[stage] ?? 0 })),
  ];
};
