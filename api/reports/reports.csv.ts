/** Flattens a report object to "metric,value" CSV lines (nested keys joined with dots). */
export function reportToCsv(report: Record<string, unknown>): string {
  const lines: string[] = ['metric,value'];
  const walk = (prefix: string, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    } else if (!Array.isArray(v)) {
      lines.push(`${csvCell(prefix)},${csvCell(v === null || v === undefined ? '' : String(v))}`);
    }
  };
  walk('', report);
  return lines.join('\n') + '\n';
}

export function csvCell(s: string): string {
  // Quote when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) && Number.isNaN(Number(s)) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
