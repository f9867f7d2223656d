import type { FileRecord } from '../documents/filesApi';

export interface ResourceRecord {
  id: string;
  kind: 'file' | 'link';
  url: string | null;
  titleEn: string;
  titleTr: string;
  descriptionEn: string;
  descriptionTr: string;
  elements: string[];
  studyTypes: string[];
  file: FileRecord | null;
  createdAt: string;
  updatedAt: string;
}

export const resourceTitle = (r: Pick<ResourceRecord, 'titleEn' | 'titleTr'>, locale: string) =>
  locale === 'tr' ? r.titleTr || r.titleEn : r.titleEn || r.titleTr;
export const resourceDescription = (r: Pick<ResourceRecord, 'descriptionEn' | 'descriptionTr'>, locale: string) =>
  locale === 'tr' ? r.descriptionTr || r.descriptionEn : r.descriptionEn || r.descriptionTr;
