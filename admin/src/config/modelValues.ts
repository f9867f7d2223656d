import type { InstitutionalConfig, LocalizedText } from './types';

type Element = InstitutionalConfig['elements'][number];

/** Both languages filled in, or neither (then the entry is left out). */
const bilingual = (text: Partial<LocalizedText> | undefined): LocalizedText | undefined => {
  const en = text?.en?.trim() ?? '';
  const tr = text?.tr?.trim() ?? '';
  return en || tr ? { en, tr } : undefined;
};

/** The form's elements as the API wants them: empty standards and descriptors left out. */
export const cleanElements = (elements: Element[]): Element[] =>
  elements.map((element) => {
    const standard = bilingual(element.standard);
    const descriptors = Object.fromEntries(
      Object.entries(element.descriptors ?? {})
        .map(([grade, text]) => [grade, bilingual(text)] as const)
        .filter((entry): entry is readonly [string, LocalizedText] => !!entry[1]),
    );
    return {
      slug: element.slug,
      group: element.group,
      name: { en: element.name.en?.trim() ?? '', tr: element.name.tr?.trim() ?? '' },
      ...(standard ? { standard } : {}),
      ...(Object.keys(descriptors).length ? { descriptors } : {}),
    };
  });

export const cleanPrinciples = (principles: InstitutionalConfig['principles']) =>
  principles.map((p) => ({ slug: p.slug, name: { en: p.name.en?.trim() ?? '', tr: p.name.tr?.trim() ?? '' } }));
