import type { Checker } from '../../workflows/shared/field-errors';

/** At least a second: anything shorter is a unit mistake (a number of days typed as milliseconds). */
export const MIN_DURATION = 1000;
export const MAX_DURATION = 10 * 365 * 24 * 3600 * 1000;
/**
 * A recurring timer (reminder, cadence) may fire at most this many times within the span it
 * repeats in. Each firing adds events to the program's history; a reminder every few seconds over
 * a year of days would exhaust it, and a duration entered in seconds instead of milliseconds
 * (1000 times too short) lands far beyond this.
 */
export const MAX_CYCLES = 500;

const DUE_WITHIN_YEAR = ['selfAssessmentDue', 'genderReportDue', 'improvementPlanDue', 'genderPlanReviewDue', 'reEvaluationDue'] as const;

const human = (ms: number) => {
  const units: [number, string][] = [
    [86_400_000, 'days'],
    [3_600_000, 'hours'],
    [60_000, 'minutes'],
    [1000, 'seconds'],
  ];
  const [size, name] = units.find(([u]) => ms >= u) ?? [1, 'ms'];
  return `${Math.round((ms / size) * 10) / 10} ${name}`;
};

/**
 * Cross-checks of the durations a new version would hold (the stored ones merged with the
 * change). Each error names one field: of a pair, the one the admin is changing.
 */
const relationHelpers = (c: Checker, d: Record<string, number>, changed: ReadonlySet<string>) => {
  const pick = (a: string, b: string) => `durations.${changed.has(a) || !changed.has(b) ? a : b}`;
  const within = (key: string, span: string, spanLabel: string, what: string) => {
    if (d[key] > d[span]) c.fail(pick(key, span), `${key} (${human(d[key])}) is longer than ${spanLabel} (${human(d[span])}): ${what}`);
  };
  const notTooOften = (key: string, span: string, spanLabel: string) => {
    if (d[key] * MAX_CYCLES < d[span]) {
      c.fail(
        pick(key, span),
        `${key} (${human(d[key])}) would repeat more than ${MAX_CYCLES} times in ${spanLabel} (${human(d[span])}); is a unit wrong (durations are milliseconds)?`,
      );
    }
  };
  return { within, notTooOften };
};

/** Institutional: tasks are due within the year; reminders and cadence come round in it. */
export function checkInstitutionalDurations(c: Checker, d: Record<string, number>, changed: ReadonlySet<string>): void {
  const { within, notTooOften } = relationHelpers(c, d, changed);
  for (const key of DUE_WITHIN_YEAR) within(key, 'yearLength', 'the year', 'the task would be due after the year ends');
  for (const key of ['noContactReminder', 'visitCadence']) {
    within(key, 'yearLength', 'the year', 'it would never come round within a year');
    notTooOften(key, 'yearLength', 'a year');
  }
}

/** Advocacy: check-ins open within implementation support, not too often. */
export function checkAdvocacyDurations(c: Checker, d: Record<string, number>, changed: ReadonlySet<string>): void {
  const { within, notTooOften } = relationHelpers(c, d, changed);
  within('checkinCadence', 'implementationLength', 'implementation support', 'no check-in would ever open');
  notTooOften('checkinCadence', 'implementationLength', 'implementation support');
}
