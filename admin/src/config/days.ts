export const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds as days, to three decimals (test configurations run in seconds). */
export const toDays = (ms: number) => Math.round((ms / DAY_MS) * 1000) / 1000;

/** Durations in days for the form. */
export const durationsInDays = (durations: Record<string, number>) =>
  Object.fromEntries(Object.entries(durations).map(([key, ms]) => [key, toDays(ms)]));

/**
 * Days back to milliseconds; a value left as shown keeps its exact original milliseconds
 * (so 60 000 ms shown as 0.001 days is not rewritten as 86 400 ms).
 */
export const durationsInMs = (days: Record<string, unknown>, original: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(days).map(([key, value]) => {
      const n = Number(value);
      return [key, original[key] !== undefined && n === toDays(original[key]) ? original[key] : Math.round(n * DAY_MS)];
    }),
  );
