import { STUDY_TYPES, type ElementSlug, type PrincipleSlug, type StudyType } from './model';

export interface LocalizedText {
  en: string;
  tr: string;
}

/**
 * The configuration a program starts with, given as workflow input: edits to configuration affect
 * new programs, never running ones. Durations are milliseconds.
 */
export interface InstitutionalConfig {
  version: number;
  elements: {
    slug: ElementSlug;
    name: LocalizedText;
    group: 'planning_application' | 'measurement_improvement';
    /** What good practice in this element looks like (shown beside the grade). */
    standard?: LocalizedText;
    /** Element-specific grade descriptors; the scale's own descriptors apply where absent. */
    descriptors?: Record<string, LocalizedText>;
  }[];
  principles: { slug: PrincipleSlug; name: LocalizedText }[];
  gradeScale: { min: number; max: number; descriptors: Record<string, LocalizedText> };
  studyTypes: StudyType[];
  durations: {
    yearLength: number;
    /** Due periods, counted from when each task opens. */
    selfAssessmentDue: number;
    genderReportDue: number;
    improvementPlanDue: number;
    genderPlanReviewDue: number;
    reEvaluationDue: number;
    /** After this much time in implementation without a visit or remote support, remind the mentor. */
    noContactReminder: number;
    /** Expected time between two contacts (shown as the cadence; the reminder enforces it). */
    visitCadence: number;
  };
}

const DAY = 24 * 60 * 60 * 1000;

export const DEFAULT_INSTITUTIONAL_CONFIG: InstitutionalConfig = {
  version: 1,
  elements: [
    { slug: 'governance', group: 'planning_application', name: { en: 'Governance and decision making', tr: 'Yönetişim ve karar alma' } },
    { slug: 'strategic_planning', group: 'planning_application', name: { en: 'Strategic planning', tr: 'Stratejik planlama' } },
    { slug: 'staff_volunteers', group: 'planning_application', name: { en: 'Staff and volunteers', tr: 'Çalışanlar ve gönüllüler' } },
    {
      slug: 'partnerships',
      group: 'planning_application',
      name: { en: 'Cooperation, partnerships and networks', tr: 'İşbirlikleri, ortaklıklar ve ağlar' },
    },
    { slug: 'resources', group: 'planning_application', name: { en: 'Resources', tr: 'Kaynaklar' } },
    { slug: 'work_field', group: 'planning_application', name: { en: 'Work field', tr: 'Çalışma alanı' } },
    { slug: 'communication', group: 'planning_application', name: { en: 'Communication', tr: 'İletişim' } },
    {
      slug: 'beneficiary_satisfaction',
      group: 'measurement_improvement',
      name: { en: 'Beneficiary / target group satisfaction', tr: 'Yararlanıcı / hedef grup memnuniyeti' },
    },
    {
      slug: 'staff_satisfaction',
      group: 'measurement_improvement',
      name: { en: 'Staff and volunteer satisfaction', tr: 'Çalışan ve gönüllü memnuniyeti' },
    },
    {
      slug: 'results',
      group: 'measurement_improvement',
      name: { en: 'Activity, process and project results', tr: 'Faaliyet, süreç ve proje sonuçları' },
    },
  ],
  principles: [
    { slug: 'transparency', name: { en: 'Transparency', tr: 'Şeffaflık' } },
    { slug: 'participation', name: { en: 'Participation', tr: 'Katılımcılık' } },
    { slug: 'benefit', name: { en: 'Creating benefit', tr: 'Fayda yaratma' } },
    { slug: 'accountability', name: { en: 'Accountability', tr: 'Hesap verebilirlik' } },
    { slug: 'sustainability', name: { en: 'Sustainability', tr: 'Sürdürülebilirlik' } },
  ],
  gradeScale: {
    min: 1,
    max: 5,
    descriptors: {
      '1': { en: 'Not in place: no practice or awareness yet', tr: 'Yok: henüz uygulama ya da farkındalık yok' },
      '2': { en: 'Initial: some awareness, practice is occasional', tr: 'Başlangıç: farkındalık var, uygulama ara sıra' },
      '3': { en: 'Developing: defined practice, not yet systematic', tr: 'Gelişmekte: tanımlı uygulama, henüz sistematik değil' },
      '4': { en: 'Established: systematic practice, monitored', tr: 'Yerleşik: sistematik ve izlenen uygulama' },
      '5': { en: 'Exemplary: practice reviewed and improved regularly', tr: 'Örnek: düzenli gözden geçirilen ve iyileştirilen uygulama' },
    },
  },
  studyTypes: [...STUDY_TYPES],
  durations: {
    yearLength: 365 * DAY,
    selfAssessmentDue: 30 * DAY,
    genderReportDue: 21 * DAY,
    improvementPlanDue: 30 * DAY,
    genderPlanReviewDue: 14 * DAY,
    reEvaluationDue: 30 * DAY,
    noContactReminder: 45 * DAY,
    visitCadence: 30 * DAY,
  },
};
