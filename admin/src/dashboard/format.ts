import { useCallback } from 'react';
import { useLocale } from 'react-admin';

/** The console's language as an Intl locale (month names read the same to both audiences). */
export const intlLocale = (locale: string) => (locale === 'tr' ? 'tr-TR' : 'en-GB');

/** "November 2027". */
export const useMonthLabel = (date = new Date()) => {
  const locale = useLocale();
  return date.toLocaleDateString(intlLocale(locale), { month: 'long', year: 'numeric' });
};

/**
 * "3 days ago", "in 2 hours": seconds up to a minute, then minutes, hours, days, and months from
 * 60 days on (or days without end where `longest` is 'day').
 */
export const relativeTime = (iso: string, locale: string, longest: 'day' | 'month' = 'month', now = Date.now()) => {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale === 'tr' ? 'tr' : 'en', { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (longest === 'day' || abs < 86400 * 60) return rtf.format(Math.round(seconds / 86400), 'day');
  return rtf.format(Math.round(seconds / (86400 * 30)), 'month');
};

/** `relativeTime` in the console's language. */
export const useTimeAgo = () => {
  const locale = useLocale();
  return useCallback((iso: string) => relativeTime(iso, locale), [locale]);
};

/** 0.51 -> "51%" in the console's language ("%51" in Turkish). */
export const usePercent = () => {
  const locale = useLocale();
  return useCallback(
    (ratio: number | null | undefined) =>
      ratio == null ? '—' : new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(ratio),
    [locale],
  );
};
