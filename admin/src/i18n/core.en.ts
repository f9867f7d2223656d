/** English texts of the workflow core's notices (merged in i18nProvider; core.tr.ts has the same keys). */
export const coreEn = {
  mentorflow: {
    read_model: {
      behind_title: 'This page may be missing a change',
      behind_text:
        'A change to this program on %{date} could not be saved for the console (%{reason}). The program itself is fine and keeps working; an administrator can bring this page up to date with the repair command.',
    },
  },
};
