import { useQuery } from '@tanstack/react-query';
import { apiJson, type FileRecord } from './filesApi';

export interface SharedResource {
  id: string;
  resourceId: string;
  note: string;
  sharedBy: string | null;
  sharedByName: string | null;
  sharedAt: string;
  kind: 'file' | 'link';
  url: string | null;
  titleEn: string;
  titleTr: string;
  fileId: string | null;
}

export interface ProgramDocuments {
  files: FileRecord[];
  evidence: { improvementId: string; noEvidenceReason: string | null; fileCount: number; recordedAt: string }[];
}

export const useProgramDocuments = (programId: string) =>
  useQuery({ queryKey: ['program-documents', programId], queryFn: () => apiJson<ProgramDocuments>(`/programs/${programId}/documents`) });

/** Resources shared with a program, newest first (also shown on its history timeline). */
export const useSharedResources = (programId: string | undefined) =>
  useQuery({
    queryKey: ['program-resources', programId],
    queryFn: () => apiJson<SharedResource[]>(`/programs/${programId}/resources`),
    enabled: !!programId,
  });
