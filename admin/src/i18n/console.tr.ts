/** Liste, kohort, gösterge paneli, bildirim ve rapor metinleri (issue 11). */
export const consoleTr: typeof import('./console.en').consoleEn = {
  resources: {
    users: { fields: { programTypes: 'Mentorluk yaptığı program türleri' } },
  },
  mentorflow: {
    reports: {
      counts: {
        organizations:
          'Programı %{year}. yıla ulaşan kuruluşlar (%{smart_count} program) |||| Programı %{year}. yıla ulaşan kuruluşlar (%{smart_count} program)',
        mentors: 'Bu programların mentorları',
        visits: '%{year}. yıl için kaydedilen %{face} yüz yüze ziyaret ve %{remote} uzaktan destek',
        implementation_rate: 'Sayılan %{total} maddeden %{done} tamamlandı: %{planned} planlanan eksi %{dropped} bırakılan',
        self_assessments: '%{year}. yıl için tamamlanan',
        gender_reports: '%{year}. yıl için tamamlanan',
        improvement_plans: '%{year}. yıl için tamamlanan',
        re_evaluations: '%{year}. yılın sonunda tamamlanan',
        gender_plans: '%{year}. yıl planında toplumsal cinsiyet maddesi olan programlar',
        gender_plan_reviews: '%{year}. yıl içinde tamamlanan',
        peer_learning: '(tüm yıllar, silinmemiş)',
        attendances: 'Her toplantı ya da atölyede kuruluş başına bir, tüm yıllar',
        studies:
          '%{year}. yılın iyileştirme maddeleri çalışma türüne göre: %{planned} planlanan (bırakılanlar dahil her durum), %{done} tamamlanan',
        improvements:
          '%{year}. yıl için %{smart_count} madde planlandı: %{done} tamamlandı, %{in_progress} sürüyor, %{not_started} başlamadı, %{dropped} bırakıldı. Oran %{rate} = %{total} maddeden %{done} (bırakılanlar hariç) |||| %{year}. yıl için %{smart_count} madde planlandı: %{done} tamamlandı, %{in_progress} sürüyor, %{not_started} başlamadı, %{dropped} bırakıldı. Oran %{rate} = %{total} maddeden %{done} (bırakılanlar hariç)',
      },
      advocacy_counts: {
        programs: 'Süren ve biten, tüm kohortlar',
        organizations: 'Savunuculuk mentorluğu alan kuruluşlar',
        mentors: 'Onları izleyen mentorlar',
        plans_developed: 'En az bir plan taslağı olan mentorluklar',
        plans_finalised: 'Sunum oturumunda kesinleşen planlar',
        checkins: 'Kaydedilen uygulama görüşmeleri',
        completed: 'Bir sonuçla biten mentorluklar',
        withdrawn: 'Geri çekilen mentorluklar',
      },
      radar: {
        n: 'n = %{n}',
        view_paired: 'Önce / sonra',
        view_self: 'Öz değerlendirmeler',
        view_re: 'Yeniden değerlendirmeler',
        help_paired:
          '%{year}. yılda hem öz değerlendirmesi hem yeniden değerlendirmesi olan %{smart_count} kuruluş: ikisindeki ortalama notları |||| %{year}. yılda hem öz değerlendirmesi hem yeniden değerlendirmesi olan %{smart_count} kuruluş: ikisindeki ortalama notları',
        help_self:
          '%{year}. yılın %{smart_count} öz değerlendirmesinin ortalaması |||| %{year}. yılın %{smart_count} öz değerlendirmesinin ortalaması',
        help_re:
          '%{year}. yılın %{smart_count} yeniden değerlendirmesinin ortalaması |||| %{year}. yılın %{smart_count} yeniden değerlendirmesinin ortalaması',
      },
    },
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
      about: 'İlgili kayıt',
      state: 'Durum',
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
