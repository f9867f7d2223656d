import { DateField, useLocale, type DateFieldProps } from 'react-admin';

// A month name instead of digits: "21 Nov 2025" reads the same to English and Turkish
// readers, unlike 11/21/2025 vs 21.11.2025.
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  ...DATE_OPTIONS,
  hour: '2-digit',
  minute: '2-digit',
};

/** DateField formatted in the console's language rather than the browser's. */
export const LocaleDateField = (props: DateFieldProps) => {
  const locale = useLocale();
  return <DateField locales={locale === 'tr' ? 'tr-TR' : 'en-GB'} options={props.showTime ? DATE_TIME_OPTIONS : DATE_OPTIONS} {...props} />;
};
