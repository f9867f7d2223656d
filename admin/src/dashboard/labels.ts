import { useCallback } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { pickText } from '../programTypes/text';
import type { Text } from '../programTypes/types';
import type { ProgramKind } from './stages';

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
    (_type: ProgramKind, stage: string, name?: Text | null) =>
      pickText(name, locale) || translate(`mentorflow.stages.${stage}`, { _: humanize(stage) }),
    [translate, locale],
  );
};

/** A task type's name, for either program. */
export const useTaskTypeLabel = () => {
  const translate = useTranslate();
  const locale = useLocale();
  return useCallback(
    // A task of a designed type carries its own name (`taskName`, en/tr).
    (type: string, name?: Text | null) =>
      name ? pickText(name, locale) : translate(`mentorflow.task_types.${type}`, { _: humanize(type) }),
    [translate, locale],
  );
};

/** Study types added in the configuration have no translation: their slug, humanized. */
export const useStudyTypeLabel = () => {
  const translate = useTranslate();
  return useCallback((type: string) => translate(`mentorflow.study_types.${type}`, { _: humanize(type) }), [translate]);
};
