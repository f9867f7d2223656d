/** The filter keys the API accepts here (assigneeId and programId are set by the page itself). */
export const INBOX_FILTERS = ['type', 'organizationId', 'overdue', 'status'] as const;

/** A filter with a value (an empty choice is none). */
export const isSet = (value: unknown) => value !== undefined && value !== null && value !== '';

/** How many of the inbox's own filters are set (the badge on the phone's filter button). */
export const activeFilters = (values: Record<string, unknown> | undefined) => INBOX_FILTERS.filter((key) => isSet(values?.[key])).length;

/** The filters with one changed: an empty choice removes it; "overdue" is sent as a boolean. */
export const withFilter = (values: Record<string, unknown> | undefined, source: string, value: unknown) => {
  const next = { ...values };
  if (isSet(value)) next[source] = source === 'overdue' ? value === 'true' : value;
  else delete next[source];
  return next;
};
