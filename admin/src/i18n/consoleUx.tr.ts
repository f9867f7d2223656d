import type { consoleUxEn } from './consoleUx.en';

/** Turkish texts of drafts, task context panels and "what's next" (same keys as consoleUx.en.ts). */
export const consoleUxTr: typeof consoleUxEn = {
  mentorflow: {
    drafts: {
      autosave: 'Yazdıklarınız taslak olarak saklanır',
      pending: 'Kaydedilmemiş değişiklikler…',
      saving: 'Taslak kaydediliyor…',
      saved_at: 'Taslak %{time} itibarıyla kaydedildi',
      error: 'Taslak kaydedilemedi (yeniden deneniyor)',
      restored: '%{time} itibarıyla kaydedilen taslağınız geri yüklendi.',
      discard: 'Taslağı sil',
      leave_title: 'Bu formdan çıkılsın mı?',
      leave_text: 'Son değişiklikleriniz henüz taslağa kaydedilmedi.',
      leave_save_failed: 'Taslak kaydedilemedi. Son değişiklikleri kaybederek çıkabilir ya da kalabilirsiniz.',
      stay: 'Kal',
      leave_anyway: 'Kaydetmeden çık',
      save_and_leave: 'Taslağı kaydet ve çık',
    },
    context: {
      title: 'Dayandığı bilgiler',
      self_assessment: 'Öz değerlendirme',
      held_on: 'Oturum: %{dates}',
      grades: 'Puanlar',
      participants: 'Katılımcılar (%{count})',
      gender_observations: 'Toplumsal cinsiyete ilişkin gözlemler',
      improvement_areas: 'Unsurlara göre gelişim alanları',
      gender_recommendations: 'Toplumsal cinsiyet raporu: öneriler',
      mainstreaming_level: 'Ana akımlaştırma düzeyi',
      last_grades: 'Son puanlar (bu yılın öz değerlendirmesi)',
      none: 'Henüz yok',
      open_task: 'Aç',
    },
    whats_next: {
      title: 'Sırada ne var',
      next: 'Sıradaki',
      later: 'Sonra',
      none: 'Planlanmış bir şey yok.',
      next_checkin: 'Sonraki görüşme',
      no_checkin: 'Planlanmış görüşme yok',
      started: 'Başlangıç: %{date}',
      starts: 'Başlayacağı tarih: %{date}',
      kinds: {
        task_due: '%{task} için son tarih',
        mid_year_review: 'Yıl ortası toplumsal cinsiyet planı gözden geçirmesi',
        no_contact_reminder: 'Temas olmazsa hatırlatma',
        year_end: '%{year}. yıl sona eriyor',
        checkin: 'Görüşme',
        implementation_end: 'Uygulama desteği sona eriyor',
      },
      overdue: 'gecikmiş',
    },
    stepper_year: {
      until: '%{date} tarihine kadar',
    },
    lists: {
      open_row: '%{label} aç',
    },
  },
};
