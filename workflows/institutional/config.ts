import { STUDY_TYPES, type ElementSlug, type PrincipleSlug, type StudyType } from './model';

export interface LocalizedText {
  en: string;
  tr: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** The default of each duration (milliseconds); the keys are the durations a configuration has. */
const DEFAULT_DURATIONS = {
  yearLength: 365 * DAY,
  /** Due periods, counted from when each task opens. */
  selfAssessmentDue: 30 * DAY,
  genderReportDue: 21 * DAY,
  improvementPlanDue: 30 * DAY,
  genderPlanReviewDue: 14 * DAY,
  reEvaluationDue: 30 * DAY,
  /** After this much time in implementation without a visit or remote support, remind the mentor. */
  noContactReminder: 45 * DAY,
  /** Expected time between two contacts (shown as the cadence; the reminder enforces it). */
  visitCadence: 30 * DAY,
};

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
  durations: Record<keyof typeof DEFAULT_DURATIONS, number>;
}

type ElementConfig = InstitutionalConfig['elements'][number];

/** One group's elements, each given as [slug, English name, Turkish name]. */
const elementsOf = (group: ElementConfig['group'], names: [ElementSlug, string, string][]): ElementConfig[] =>
  names.map(([slug, en, tr]) => ({ slug, group, name: { en, tr } }));

export const DEFAULT_INSTITUTIONAL_CONFIG: InstitutionalConfig = {
  version: 1,
  elements: [
    ...elementsOf('planning_application', [
      ['governance', 'Governance and decision making', 'Yönetişim ve karar alma'],
      ['strategic_planning', 'Strategic planning', 'Stratejik planlama'],
      ['staff_volunteers', 'Staff and volunteers', 'Çalışanlar ve gönüllüler'],
      ['partnerships', 'Cooperation, partnerships and networks', 'İşbirlikleri, ortaklıklar ve ağlar'],
      ['resources', 'Resources', 'Kaynaklar'],
      ['work_field', 'Work field', 'Çalışma alanı'],
      ['communication', 'Communication', 'İletişim'],
    ]),
    ...elementsOf('measurement_improvement', [
      ['beneficiary_satisfaction', 'Beneficiary / target group satisfaction', 'Yararlanıcı / hedef grup memnuniyeti'],
      ['staff_satisfaction', 'Staff and volunteer satisfaction', 'Çalışan ve gönüllü memnuniyeti'],
      ['results', 'Activity, process and project results', 'Faaliyet, süreç ve proje sonuçları'],
    ]),
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
  durations: DEFAULT_DURATIONS,
};
