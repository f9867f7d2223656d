/** Liste, kohort, gösterge paneli, bildirim ve rapor metinleri (issue 11). */
export const consoleTr: typeof import('./console.en').consoleEn = {
    resources: {
        users: { fields: { programTypes: 'Mentorluk yaptığı program türleri' } },
    },
    mentorflow: {
        users: { program_types_help: 'Kohort sihirbazı bu türlerdeki yeni kuruluşları bu mentora verir.' },
        cohort: {
            already_running: 'Zaten bir %{type} programı yürütüyor',
            already_running_alert:
                '%{smart_count} kuruluş zaten bir %{type} programı yürütüyor ve başlatılmayacak. |||| %{smart_count} kuruluş zaten bir %{type} programı yürütüyor ve başlatılmayacak.',
            open_program: 'Aç',
            no_type_mentors: '%{type} programlarında mentorluk yapan etkin mentor yok: kullanıcı kaydında program türlerini belirleyin.',
            not_started: 'Başlatılmayacak: mentor yok',
        },
    },
};
