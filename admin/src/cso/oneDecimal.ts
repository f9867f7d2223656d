/** An average rating with one decimal in the console's language (4,0 in Turkish), a dash for none. */
export const oneDecimal = (value: number | null, locale: string) =>
  value == null ? '—' : value.toLocaleString(locale === 'tr' ? 'tr-TR' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
