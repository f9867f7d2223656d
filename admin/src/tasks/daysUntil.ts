const DAY = 24 * 60 * 60 * 1000;

/** Whole calendar days from today to the due date (negative when past). */
export const daysUntil = (dueAt: string, now = Date.now()): number => {
  const due = new Date(dueAt);
  const today = new Date(now);
  const a = Date.UTC(due.getFullYear(), due.getMonth(), due.getDate());
  const b = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((a - b) / DAY);
};
