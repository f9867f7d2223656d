import { useRef } from 'react';
import { Box, Button, CircularProgress, IconButton, Link, Stack, Tooltip, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import UploadIcon from '@mui/icons-material/UploadFile';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { apiJson, deleteFile, downloadTo, formatSize, uploadFile, type FileRecord, type OwnerType } from './filesApi';

export const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg';

export const filesKey = (ownerType: OwnerType, ownerId: string) => ['files', ownerType, ownerId];

/** The files of one owner (a plan item, a visit, a resource), from GET /api/files. */
export const useOwnerFiles = (ownerType: OwnerType, ownerId: string | undefined) =>
  useQuery({
    queryKey: filesKey(ownerType, ownerId ?? ''),
    queryFn: () => apiJson<FileRecord[]>(`/files?ownerType=${ownerType}&ownerId=${ownerId}`),
    enabled: !!ownerId,
  });

/** One file: its name downloads it; the bin removes it (the API decides who may). */
export const FileLine = ({ file, onDeleted, canDelete }: { file: FileRecord; onDeleted?: () => void; canDelete?: boolean }) => {
  const notify = useNotify();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }} data-testid="file-line">
      <AttachFileIcon fontSize="small" color="action" />
      <Link
        component="button"
        type="button"
        variant="body2"
        sx={{ textAlign: 'left', overflowWrap: 'anywhere' }}
        onClick={() => downloadTo(`/files/${file.id}/content`, file.name).catch((e) => notify(e.message, { type: 'error' }))}
        data-testid="file-download"
      >
        {file.name}
      </Link>
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {formatSize(file.size)}
      </Typography>
      {canDelete && (
        <Tooltip title={translate('mentorflow.documents.delete_file')}>
          <IconButton
            size="small"
            aria-label={translate('mentorflow.documents.delete_file')}
            onClick={() =>
              deleteFile(file.id)
                .then(() => onDeleted?.())
                .catch((e) => notify(e.message, { type: 'error' }))
            }
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </Stack>
  );
};

/** A button that uploads one chosen file for an owner, then refreshes that owner's list. */
export const UploadButton = ({
  ownerType,
  ownerId,
  label,
  onUploaded,
  testId,
}: {
  ownerType: OwnerType;
  ownerId: string;
  label?: string;
  onUploaded?: (f: FileRecord) => void;
  testId?: string;
}) => {
  const input = useRef<HTMLInputElement>(null);
  const notify = useNotify();
  const translate = useTranslate();
  const client = useQueryClient();
  const { mutate: upload, isPending: busy } = useMutation({
    mutationFn: (file: File) => uploadFile(file, ownerType, ownerId),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['files'] });
      await client.invalidateQueries({ queryKey: ['program-documents'] });
      notify('mentorflow.documents.uploaded', { type: 'success', messageArgs: { name: saved.name } });
      onUploaded?.(saved);
    },
    onError: (err) => notify(err.message, { type: 'error' }),
  });
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid={testId ? `${testId}-input` : 'file-input'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) upload(file);
        }}
      />
      <Button
        size="small"
        startIcon={busy ? <CircularProgress size={14} color="inherit" /> : <UploadIcon />}
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid={testId ?? 'file-upload'}
      >
        {translate(label ?? 'mentorflow.documents.upload')}
      </Button>
    </>
  );
};

/** An owner's files with an upload button (visits' attendance sheets, resources' files). */
export const OwnerFiles = ({
  ownerType,
  ownerId,
  canUpload,
  label,
}: {
  ownerType: OwnerType;
  ownerId: string;
  canUpload: boolean;
  label?: string;
}) => {
  const { data } = useOwnerFiles(ownerType, ownerId);
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: filesKey(ownerType, ownerId) });
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }} data-testid={`files-${ownerType}`}>
      {(data ?? []).map((f) => (
        <FileLine key={f.id} file={f} canDelete={canUpload} onDeleted={refresh} />
      ))}
      {canUpload && (
        <Box>
          <UploadButton ownerType={ownerType} ownerId={ownerId} label={label} testId={`upload-${ownerType}`} />
        </Box>
      )}
    </Box>
  );
};
