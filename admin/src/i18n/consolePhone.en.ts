/**
 * English texts of the light inbox filters and the phone's "Start programs" picker (issue 11,
 * phone width). Merged in locale.en.ts; consolePhone.tr.ts has the same keys.
 */
export const consolePhoneEn = {
  mentorflow: {
    inbox: {
      any: 'All',
      filters: 'Filters',
      filters_count: 'Filters (%{count})',
      clear: 'Clear filters',
      done: 'Show tasks',
    },
    cohort_pick: {
      title: 'Start programs: choose the CSOs',
      next: 'Next (%{count} selected)',
      more: 'Showing %{shown} of %{total}: search to find the others.',
    },
  },
};
