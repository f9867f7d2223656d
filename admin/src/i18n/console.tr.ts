/** Liste, kohort, gösterge paneli, bildirim ve rapor metinleri (issue 11). */
export const consoleTr: typeof import('./console.en').consoleEn = {
    resources: {
        users: { fields: { programTypes: 'Mentorluk yaptığı program türleri' } },
    },
    mentorflow: {
        programs_list: {
            not_withdrawn: 'Geri çekilenler hariç',
        },
        notification_text: {
            task_assigned: 'Yeni görev: %{task} (%{year}. yıl), son tarih %{due}',
            task_overdue: 'Gecikti: %{task} (%{year}. yıl), son tarih %{due} idi',
            reassigned: 'Görev size devredildi: %{task} (%{year}. yıl)',
            no_contact_reminder: '%{since} tarihinden beri ziyaret ya da uzaktan destek kaydı yok',
            no_contact_reminder_never: 'Plan yapıldığından beri ziyaret ya da uzaktan destek kaydı yok',
            program_withdrawn: 'Program geri çekildi',
        },
        notification_state: {
            unread: 'Okunmadı',
            read: 'Okundu',
            mark_read: 'Okundu olarak işaretle',
            open_task: 'Görevi aç',
            open_program: 'Programı aç',
        },
        dashboard: {
            next_due: 'Sıradaki son tarih',
            page_n: 'Sayfa %{page}',
        },
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
