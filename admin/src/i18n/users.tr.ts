/** Turkish texts of the users screens added for issue 9 (same keys as users.en.ts). */
export const usersTr = {
  mentorflow: {
    users: {
      held_work: {
        title: '%{name} hâlâ iş üstleniyor',
        counts: 'Süren programlar: %{programs}. Açık görevler: %{tasks}.',
        advice: 'Önce programlarını başka birine atayın; sonra hesap devre dışı bırakılabilir ya da rolü değiştirilebilir.',
        reassign: 'Programlarını yeniden ata',
      },
    },
  },
};
