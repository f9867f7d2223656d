import { ADVOCACY_STAGES } from '../../../workflows/advocacy/model';
import { INSTITUTIONAL_STAGES } from '../institutional/domain';
import type { StageCounts } from './types';

export type ProgramKind = 'institutional' | 'advocacy';

/** Stages in workflow order, so a bar chart of them reads like a funnel. */
const STAGE_ORDER: Record<ProgramKind, readonly string[]> = {
  institutional: INSTITUTIONAL_STAGES,
  advocacy: ADVOCACY_STAGES,
};

/** Stages where a program has ended: shown muted, and not counted as running. */
export const ENDED_STAGES = new Set(['completed', 'withdrawn']);

/** How many programs have not ended. */
export const runningCount = (counts: StageCounts = {}) =>
  Object.entries(counts).reduce((sum, [stage, n]) => (ENDED_STAGES.has(stage) ? sum : sum + n), 0);

/** Stage counts in workflow order (stages the model doesn't know come last). */
export const orderedStages = (type: ProgramKind, counts: StageCounts = {}) => {
  const order = STAGE_ORDER[type];
  const extra = Object.keys(counts).filter((stage) => !order.includes(stage));
  return [...order, ...extra].map((stage) => ({ stage, count: counts[stage] ?? 0 }));
};

/** A designed type's stages in order, then completed/withdrawn and any stage of an older version. */
export const designedStages = (stages: { id: string; name: string }[], counts: StageCounts, label: (stage: string) => string) => {
  const known = new Set(stages.map((stage) => stage.id));
  const rest = [...new Set(['completed', ...Object.keys(counts)])].filter((stage) => !known.has(stage));
  return [
    ...stages.map((stage) => ({ stage: stage.id, name: stage.name, count: counts[stage.id] ?? 0 })),
    ...rest.map((stage) => ({ stage, name: label(stage), count: counts[stage] ?? 0 })),
  ];
};

/** Visits per mentor, most first and then by name (zeros kept: they show who has none). */
export const visitBars = (rows: { mentorName: string; visits: number }[]) =>
  [...rows]
    .sort((a, b) => b.visits - a.visits || a.mentorName.localeCompare(b.mentorName))
    .map((row) => ({ name: row.mentorName, value: row.visits }));
