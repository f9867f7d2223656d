import { Box } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { FileLine, UploadButton } from './FileList';
import { useProgramDocuments } from './useProgramDocuments';

/** A visit's files (the attendance sheet), from the program's documents (one request for all visits). */
export const VisitFiles = ({ programId, visitId, canUpload }: { programId: string; visitId: string; canUpload: boolean }) => {
  const { data } = useProgramDocuments(programId);
  const client = useQueryClient();
  const files = (data?.files ?? []).filter((f) => f.ownerType === 'visit' && f.ownerId === visitId);
  if (!canUpload && files.length === 0) return null;
  return (
    <Box sx={{ mt: 0.5, display: 'grid', gap: 0.25 }} data-testid="visit-files">
      {files.map((f) => (
        <FileLine
          key={f.id}
          file={f}
          canDelete={canUpload}
          onDeleted={() => client.invalidateQueries({ queryKey: ['program-documents', programId] })}
        />
      ))}
      {canUpload && (
        <Box>
          <UploadButton ownerType="visit" ownerId={visitId} label="mentorflow.documents.attendance" testId="visit-upload" />
        </Box>
      )}
    </Box>
  );
};
