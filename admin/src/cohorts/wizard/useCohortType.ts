import { useLocale, useTranslate } from 'react-admin';
import { pickText } from '../../programTypes/text';
import { usePublishedTypes } from '../../programTypes/usePublishedTypes';
import { useTemplateVersion } from '../../templatePrograms/useTemplateVersion';
// Not the programs registry: it pulls in every program's forms, which this wizard does not need.
import { isBuiltInProgramType } from '../../programs/builtInTypes';

/** What the cohort wizard asks for a program type (built in, or designed and published). */
export interface CohortTypeInfo {
  /** The type's name in the console's language. */
  name: string;
  /** Its programs have a gender expert (institutional; a designed type whose latest version says so). */
  genderExpert: boolean;
  /** The number of years is chosen at start (institutional only; designed types have their cycles). */
  years: boolean;
  /** Advocacy: the mentor limit can be overridden. */
  override: boolean;
  /** A designed type's latest version is still loading. */
  isPending: boolean;
  /** The designed type's latest published version (new programs start on it). */
  version: number | null;
}

/** The published designed types as choices beside the built-in ones (key, name). */
export const useDesignedTypeChoices = () => {
  const locale = useLocale();
  return usePublishedTypes().map((row) => ({ id: row.key, name: pickText(row.name, locale), version: row.latestVersion }));
};

export const useCohortType = (type: string): CohortTypeInfo => {
  const translate = useTranslate();
  const designed = useDesignedTypeChoices();
  const builtIn = isBuiltInProgramType(type);
  const row = builtIn ? undefined : designed.find((choice) => choice.id === type);
  // New programs start on the latest published version: its definition says whether they have a gender expert.
  const version = useTemplateVersion(row?.id, row?.version ?? undefined);
  if (builtIn) {
    return {
      name: translate(`mentorflow.program_types.${type}`),
      genderExpert: type === 'institutional',
      years: type === 'institutional',
      override: type === 'advocacy',
      isPending: false,
      version: null,
    };
  }
  return {
    name: row?.name ?? type,
    genderExpert: !!version.data?.definition.genderExpert,
    years: false,
    override: false,
    isPending: !row || version.isPending,
    version: row?.version ?? null,
  };
};

/** Translation keys of the wizard's sentences that name the type: designed types have their own wording. */
export const cohortTexts = (type: string) => {
  const group = isBuiltInProgramType(type) ? 'mentorflow.cohort' : 'mentorflow.cohort_designed';
  return {
    already_running: `${group}.already_running`,
    already_running_alert: `${group}.already_running_alert`,
    no_type_mentors: `${group}.no_type_mentors`,
  };
};
