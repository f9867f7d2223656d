import { useMemo } from 'react';
import { useLocale } from 'react-admin';
import { DEFAULT_INSTITUTIONAL_CONFIG, type ElementSlug, type InstitutionalConfig, type LocalizedText, type PrincipleSlug } from './domain';

/** The text of a configured name in the console's language (English as the fallback). */
export const localized = (text: LocalizedText | undefined, locale: string): string =>
  text ? (locale === 'tr' ? text.tr || text.en : text.en || text.tr) : '';

export interface ConfigText {
  config: InstitutionalConfig;
  element: (slug: string) => string;
  principle: (slug: string) => string;
  /** "Developing: defined practice, not yet systematic" */
  descriptor: (grade: number | string) => string;
  /** "3 — Developing: defined practice, not yet systematic" */
  gradeLabel: (grade: number | string) => string;
  /** The grades of the scale, e.g. [1, 2, 3, 4, 5]. */
  grades: number[];
}

/**
 * Names from the program's own configuration snapshot: a running program keeps the
 * element names and grade descriptors it started with, even if the configuration changed.
 */
export const useConfigText = (config: InstitutionalConfig | undefined | null): ConfigText => {
  const locale = useLocale();
  return useMemo(() => {
    const c = config ?? DEFAULT_INSTITUTIONAL_CONFIG;
    const elements = new Map(c.elements.map((e) => [e.slug as string, e.name]));
    const principles = new Map(c.principles.map((p) => [p.slug as string, p.name]));
    const descriptor = (grade: number | string) => localized(c.gradeScale.descriptors[String(grade)], locale);
    const grades: number[] = [];
    for (let g = c.gradeScale.min; g <= c.gradeScale.max; g++) grades.push(g);
    return {
      config: c,
      element: (slug: string) => localized(elements.get(slug as ElementSlug), locale) || slug,
      principle: (slug: string) => localized(principles.get(slug as PrincipleSlug), locale) || slug,
      descriptor,
      gradeLabel: (grade: number | string) => {
        const text = descriptor(grade);
        return text ? `${grade} — ${text}` : String(grade);
      },
      grades,
    };
  }, [config, locale]);
};
