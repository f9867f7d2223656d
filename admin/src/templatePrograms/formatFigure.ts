/** A computed figure as the page and the report show it ("—" when it cannot be computed yet). */
export const formatFigure = (value: number | null | undefined, format: 'number' | 'percent', locale: string): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const tag = locale === 'tr' ? 'tr-TR' : 'en-GB';
  return format === 'percent'
    ? new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(value)
    : new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value);
};
