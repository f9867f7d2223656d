import { useLocale } from 'react-admin';
import type { Text } from './types';

/** A bilingual label in the console's language (English when the Turkish one is empty). */
export const pickText = (text: Text | string | null | undefined, locale: string): string => {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return (locale === 'tr' ? text.tr || text.en : text.en || text.tr) ?? '';
};

export const useText = () => {
  const locale = useLocale();
  return (text: Text | string | null | undefined) => pickText(text, locale);
};
