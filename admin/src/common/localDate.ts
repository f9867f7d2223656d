/** Today as YYYY-MM-DD in the browser's time zone (toISOString would give UTC's date). */
export const localToday = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
