/** Turkish texts of designed program types in the manager's tools; the same keys as templateOps.en.ts. */
export const templateOpsTr = {
  mentorflow: {
    bulk: {
      'close-stage': {
        title: '%{smart_count} programın mevcut aşaması kapatılsın mı? |||| %{smart_count} programın mevcut aşaması kapatılsın mı?',
        confirm: '%{smart_count} aşamayı kapat |||| %{smart_count} aşamayı kapat',
        content:
          'Tasarlanmış türdeki her program, tasarımı program yöneticisinin kapatmasına izin veriyorsa bulunduğu aşamadan ilerler; o aşamadaki açık görevleri iptal edilir. Diğerleri gerekçesiyle reddedilir.',
      },
    },
    // Designed types' names do not fit the built-in sentences ("an Institutional development program").
    cohort_designed: {
      already_running: 'Bu türde bir programı zaten yürütüyor (%{type})',
      already_running_alert:
        '%{smart_count} kuruluş bu türde bir programı (%{type}) zaten yürütüyor ve başlatılmayacak. |||| %{smart_count} kuruluş bu türde bir programı (%{type}) zaten yürütüyor ve başlatılmayacak.',
      no_type_mentors:
        'Bu türdeki programlarda (%{type}) mentorluk yapan etkin mentor yok: kullanıcı kaydında program türlerini belirleyin.',
    },
    audit: {
      target_types: { program_template: 'Program türü', file: 'Dosya', resource: 'Kaynak' },
    },
    template_programs: {
      history: {
        started: 'Program başladı',
        cycle_completed: 'Döngü tamamlandı',
        completed: 'Program tamamlandı',
        task_done: 'Görev tamamlandı: %{name}',
        timer_open_task: 'Zamanlayıcı “%{name}” görevini açtı',
        timer_remind: 'Hatırlatma gönderildi',
        timer_end_stage: 'Zamanlayıcı aşamayı bitirdi',
        timer: 'Zamanlayıcı çalıştı',
      },
    },
    template_dashboard: {
      running: '%{name}: yürüyen',
      by_stage: 'Aşamalara göre %{name}',
      completed: 'Tamamlandı',
      tasks: 'Tasarlanmış program türlerinin görevleri',
      no_tasks: 'Tasarlanmış program türlerinde açık görev yok.',
    },
    designer_phone: {
      builder_english:
        'Form oluşturucunun kendi menüleri İngilizcedir: form-js bunlar için çeviri sunmuyor. Alanların Türkçe etiketlerini “Türkçe etiketler” sekmesinde yazın.',
      wider_screen:
        'Form oluşturucu daha geniş bir ekran ister (en az 600 px). Bu ekranda formun alanlarını okuyabilir ve Türkçe etiketlerini düzenleyebilirsiniz; formu değiştirmek için tasarımcıyı bilgisayarda veya tablette açın.',
    },
  },
};
