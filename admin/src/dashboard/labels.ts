import { useCallback } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { ADVOCACY_STAGES } from '../../../workflows/advocacy/model';
import { INSTITUTIONAL_STAGES } from '../institutional/domain';

export type ProgramKind = 'institutional' | 'advocacy';

/** Stages in workflow order, so a bar chart of them reads like a funnel. */
export const STAGE_ORDER: Record<ProgramKind, readonly string[]> = {
  institutional: INSTITUTIONAL_STAGES,
  advocacy: ADVOCACY_STAGES,
};

/** Stages where a program has ended: shown muted. */
export const ENDED_STAGES = new Set(['completed', 'withdrawn']);

/** "needs_assessment" -> "Needs assessment", for keys without a translation. */
export const humanize = (key: string) => {
  const text = key.replace(/[_.-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** A program's stage name in the console's language (both programs share the key space). */
export const useStageLabel = () => {
  const translate = useTranslate();
  const locale = useLocale();
  return useCallback(
    // The type is kept for stages both programs might name differently one day; a designed
    // type's stage comes with its own name (en/tr).
    (_type: ProgramKind, stage: string, name?: { en: string; tr: string } | null) =>
      (name && (locale === 'tr' ? name.tr : name.en)) || name?.en || translate(`mentorflow.stages.${stage}`, { _: humanize(stage) }),
    [translate, locale],
  );
};

/** A task type's name, for either program. */
export const useTaskTypeLabel = () => {
  const translate = useTranslate();
  const locale = useLocale();
  return useCallback(
    // A task of a designed type carries its own name (`taskName`, en/tr).
    (type: string, name?: { en: string; tr: string } | null) =>
      name
        ? locale === 'tr'
          ? name.tr || name.en
          : name.en || name.tr
        : translate(`mentorflow.task_types.${type}`, { _: humanize(type) }),
    [translate, locale],
  );
};

/** Study types added in the configuration have no translation: their slug, humanized. */
export const useStudyTypeLabel = () => {
  const translate = useTranslate();
  return useCallback((type: string) => translate(`mentorflow.study_types.${type}`, { _: humanize(type) }), [translate]);
};

/** Stage counts in workflow order (stages the model doesn't know come last). */
export const orderedStages = (type: ProgramKind, counts: Record<string, number> = {}) => {
  const order = STAGE_ORDER[type];
  const extra = Object.keys(counts).filter((stage) => !order.includes(stage));
  return [...order, ...extra].map((stage) => ({ stage, count: counts[stage] ?? 0 }));
};
