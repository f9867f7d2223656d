/** Turkish texts of the light inbox filters and the phone's "Start programs" picker (see consolePhone.en.ts). */
export const consolePhoneTr = {
  mentorflow: {
    inbox: {
      any: 'Tümü',
      filters: 'Filtreler',
      filters_count: 'Filtreler (%{count})',
      clear: 'Filtreleri temizle',
      done: 'Görevleri göster',
    },
    cohort_pick: {
      title: 'Program başlat: STK’leri seçin',
      next: 'İleri (%{count} seçili)',
      more: '%{total} kayıttan %{shown} tanesi gösteriliyor: diğerleri için arayın.',
    },
  },
};
