import type { LocalizedText } from './config';
import { STUDY_TYPES, type StudyType } from './model';

/** What each study type is called; the console and the PDF reports both show these names. */
const STUDY_TYPE_NAMES: Record<StudyType, LocalizedText> = {
  strategic_planning: { en: 'Strategic planning', tr: 'Stratejik planlama' },
  stakeholder_analysis: { en: 'Stakeholder analysis', tr: 'Paydaş analizi' },
  governance_procedures: { en: 'Governance and decision-making procedures', tr: 'Yönetişim ve karar alma prosedürleri' },
  financial_procedures: { en: 'Financial procedures', tr: 'Mali prosedürler' },
  resource_development: { en: 'Resource development', tr: 'Kaynak geliştirme' },
  volunteer_management: { en: 'Volunteer management', tr: 'Gönüllü yönetimi' },
  information_management: { en: 'Information management', tr: 'Bilgi yönetimi' },
  gender_mainstreaming: { en: 'Gender mainstreaming', tr: 'Toplumsal cinsiyet ana akımlaştırma' },
  other: { en: 'Other', tr: 'Diğer' },
};

/** The study types' names in one language, by study type. */
export const studyTypeNames = (lang: keyof LocalizedText): Record<string, string> =>
  Object.fromEntries(STUDY_TYPES.map((type) => [type, STUDY_TYPE_NAMES[type][lang]]));
