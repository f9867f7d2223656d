/** English texts of the users screens added for issue 9 (merged in i18nProvider; users.tr.ts has the same keys). */
export const usersEn = {
  mentorflow: {
    users: {
      held_work: {
        title: '%{name} still holds work',
        counts: 'Running programs: %{programs}. Open tasks: %{tasks}.',
        advice: 'Reassign their programs to someone else first; then the account can be deactivated or given another role.',
        reassign: 'Reassign their programs',
      },
    },
  },
};
