/** Workflow core notices in Turkish (same keys as core.en.ts). */
export const coreTr = {
  mentorflow: {
    read_model: {
      behind_title: 'Bu sayfada bir değişiklik eksik olabilir',
      behind_text:
        'Bu programda %{date} tarihinde yapılan bir değişiklik konsol için kaydedilemedi (%{reason}). Programın kendisi sorunsuz çalışmaya devam ediyor; bir yönetici onarım komutuyla bu sayfayı güncelleyebilir.',
    },
  },
};
