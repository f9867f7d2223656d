import type { InstitutionalConfig } from '../domain';

type Values = Record<string, unknown>;
/** A grade on the configuration's scale, or none yet. */
type Grade = number | null;

/** What was typed, trimmed; anything else (an untouched input's null) as an empty text. */
export const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The empty grades of a grading form: each element ungraded with its empty details, each principle ungraded. */
export const emptyGrades = (config: InstitutionalConfig, details: Values) => ({
  elements: Object.fromEntries(config.elements.map((e) => [e.slug, { grade: null, ...details }])),
  principles: Object.fromEntries(config.principles.map((p) => [p.slug, null])),
});

/**
 * The grades of a grading form as the API takes them: one entry for every element and
 * principle of the configuration (an ungraded one as null), the element's details from `details`.
 */
export const gradesPayload = <Details extends object>(
  config: InstitutionalConfig,
  values: { elements?: Record<string, Values | null | undefined>; principles?: Record<string, unknown> },
  details: (element: Values) => Details,
) => ({
  elements: Object.fromEntries(
    config.elements.map(({ slug }) => {
      const e = values.elements?.[slug] ?? {};
      return [slug, { grade: (e.grade as Grade | undefined) ?? null, ...details(e) }];
    }),
  ),
  principles: Object.fromEntries(config.principles.map(({ slug }) => [slug, (values.principles?.[slug] as Grade | undefined) ?? null])),
});

/** The self-assessment's details of an element (the mentor's and the members' alike). */
export const strengthsAndAreas = (element: Values) => ({
  strengths: trimmed(element.strengths),
  improvementAreas: trimmed(element.improvementAreas),
});

/** A missing element is shown at its grade input. */
export const elementGradeRedirect: [RegExp, string] = [/^elements\.(\w+)$/, 'elements.$1.grade'];
