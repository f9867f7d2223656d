import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { NamedBarsCard } from './NamedBars';
import { useStageLabel } from './labels';
import { designedStages, ENDED_STAGES, orderedStages, type ProgramKind } from './stages';

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
    ? designedStages(stages, counts, (stage) => stageLabel('institutional', stage))
    : orderedStages(type as ProgramKind, counts).map(({ stage, count }) => ({
        stage,
        name: stageLabel(type as ProgramKind, stage),
        count,
      }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const color = type === 'advocacy' ? theme.palette.secondary.main : stages ? theme.palette.info.main : theme.palette.primary.main;
  return (
    <NamedBarsCard
      title={title}
      subheader={translate('mentorflow.dashboard.programs_total', { smart_count: total })}
      rows={rows.map((row) => ({ key: row.stage, name: row.name, value: row.count, muted: ENDED_STAGES.has(row.stage) }))}
      color={color}
      label={translate('mentorflow.dashboard.programs')}
      namesWidth={170}
      height={rows.length * 30 + 30}
      empty={total === 0}
      emptyText={translate('mentorflow.dashboard.no_programs')}
      testId={testId}
    />
  );
};
