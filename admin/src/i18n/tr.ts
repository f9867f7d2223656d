import type { TranslationMessages } from 'react-admin';
import { raTurkish } from './raTurkish';
import { advocacyTr } from './advocacy.tr';
import { institutionalTr } from './institutional.tr';
import { managerTr } from './manager.tr';
import { institutionalMessages, mergeMessages } from './merge';

/** Turkish: react-admin's built-in messages (raTurkish.ts) plus Mentorflow's own. */
const base: TranslationMessages = {
  ...raTurkish,
  resources: {
    organizations: {
      name: 'Kuruluş |||| Kuruluşlar',
      notifications: {
        created: 'Kuruluş oluşturuldu; katılım iş akışı başladı',
        updated: 'Kuruluş güncellendi |||| %{smart_count} kuruluş güncellendi',
        deleted: 'Kuruluş silindi |||| %{smart_count} kuruluş silindi',
      },
      message: {
        delete_title: '"%{recordRepresentation}" kuruluşu silinsin mi?',
        delete_content: 'Bu kuruluş Mentorflow’dan silinecek. Bu işlem geri alınamaz.',
      },
      fields: {
        name: 'Ad',
        city: 'Şehir',
        fieldOfWork: 'Çalışma alanı',
        contactPerson: 'İletişim kişisi',
        email: 'E-posta',
        phone: 'Telefon',
        createdAt: 'Oluşturulma tarihi',
        updatedAt: 'Son güncelleme',
        onboarding: 'Katılım süreci',
        q: 'Ara',
      },
    },
    users: {
      name: 'Kullanıcı |||| Kullanıcılar',
      notifications: {
        created: 'Kullanıcı hesabı oluşturuldu',
      },
      fields: {
        fullName: 'Ad soyad',
        email: 'E-posta',
        role: 'Rol',
        password: 'İlk parola',
        isActive: 'Etkin',
        createdAt: 'Oluşturulma tarihi',
        q: 'Ara',
      },
    },
  },
  mentorflow: {
    app_name: 'Mentorflow',
    tagline: 'Sivil toplum kuruluşları için kapasite geliştirme mentorluğu',
    roles: {
      admin: 'Yönetici',
      program_manager: 'Program yöneticisi',
      mentor: 'Mentor',
      gender_expert: 'Toplumsal cinsiyet uzmanı',
    },
    auth: {
      invalid_credentials: 'E-posta adresi veya parola hatalı.',
      throttled: 'Çok fazla başarısız giriş denemesi. Lütfen birkaç dakika bekleyip tekrar deneyin.',
      throttled_seconds: 'Çok fazla başarısız giriş denemesi. Lütfen %{seconds} saniye bekleyip tekrar deneyin.',
      signed_in_as: 'Giriş yapan',
    },
    errors: {
      network: 'Mentorflow sunucusuna ulaşılamıyor. Bağlantınızı kontrol edip tekrar deneyin.',
      unexpected_response: 'Sunucu beklenmeyen bir yanıt gönderdi.',
      forbidden_record: 'Bu kayda erişim yetkiniz yok.',
    },
    onboarding: {
      title: 'Katılım iş akışı',
      help: 'Bir kuruluş oluşturulduğunda Temporal üzerinde katılım iş akışı başlar.',
      workflow_id: 'İş akışı kimliği',
      open_in_temporal: 'Temporal arayüzünde aç',
      none: 'Bu kuruluş için kayıtlı bir katılım iş akışı yok.',
      status: {
        not_started: 'Başlamadı',
        pending: 'Bekliyor',
        running: 'Devam ediyor',
        completed: 'Tamamlandı',
        failed: 'Başarısız',
        cancelled: 'İptal edildi',
        terminated: 'Sonlandırıldı',
        timed_out: 'Zaman aşımı',
        continued_as_new: 'Devam ettirildi',
        unknown: 'Bilinmiyor',
      },
    },
    organizations: {
      details: 'Ayrıntılar',
      contact: 'İletişim',
      search_help: 'Ad, şehir veya iletişim kişisi',
      phone_help: 'Ülke koduyla, ör. +90 312 555 01 02',
      empty: {
        manager_title: 'Henüz kuruluş yok',
        manager_body: 'İlk sivil toplum kuruluşunu ekleyin; katılım iş akışı otomatik olarak başlar.',
        assigned_title: 'Size henüz atanmış bir kuruluş yok',
        assigned_body:
          'STK’ları mentorlara ve toplumsal cinsiyet uzmanlarına program yöneticileri atar. Kuruluşlarınız atandığında burada görünecek.',
      },
    },
    users: {
      password_help: 'En az 8 karakter. Kullanıcıyla güvenli bir kanaldan paylaşın.',
      new_password: 'Yeni parola',
      new_password_help: 'Mevcut parolayı korumak için boş bırakın.',
      active_help: 'Etkin olmayan hesap oturum açamaz; geçmişi korunur.',
      empty_title: 'Henüz kullanıcı yok',
      empty_body: 'Program yöneticileri, mentorlar ve toplumsal cinsiyet uzmanları için hesap oluşturarak onları davet edin.',
    },
    validation: {
      phone: 'Telefon numarasını ülke koduyla girin, ör. +90 312 555 01 02',
    },
  },
};

export const tr: TranslationMessages = mergeMessages(
  mergeMessages(mergeMessages(base, institutionalMessages(institutionalTr)), advocacyTr),
  managerTr,
);
