import { useCallback } from 'react';
import { useLocale } from 'react-admin';

const OPTIONS: Record<'date' | 'short' | 'dateTime', Intl.DateTimeFormatOptions> = {
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  // With the year: a program runs for years, "1 Dec" alone is ambiguous.
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
};

/**
 * Dates in the console's language with the month spelt out ("21 Nov 2027"). A plain
 * YYYY-MM-DD is a local calendar day, not midnight UTC.
 */
export const useFormatDate = () => {
  const locale = useLocale();
  return useCallback(
    (value: string | null | undefined, style: keyof typeof OPTIONS = 'date') => {
      if (!value) return '—';
      const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
      if (Number.isNaN(date.getTime())) return value;
      return date.toLocaleString(locale === 'tr' ? 'tr-TR' : 'en-GB', OPTIONS[style]);
    },
    [locale],
  );
};
