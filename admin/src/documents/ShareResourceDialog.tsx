import { useState } from 'react';
import { Autocomplete, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useGetList, useLocale, useNotify, useTranslate } from 'react-admin';
import { getToken } from '../auth/session';
import type { ResourceRecord } from '../resources/types';
import { resourceTitle } from '../resources/types';

const API = import.meta.env.VITE_API_URL ?? '/api';

/** A mentor picks a library resource (and an optional note) to share with the program. */
export const ShareResourceDialog = ({ programId, open, onClose }: { programId: string; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const client = useQueryClient();
  const { data } = useGetList<ResourceRecord>(
    'resources',
    { pagination: { page: 1, perPage: 500 }, sort: { field: locale === 'tr' ? 'titleTr' : 'titleEn', order: 'ASC' } },
    { enabled: open },
  );
  const [choice, setChoice] = useState<ResourceRecord | null>(null);
  const [note, setNote] = useState('');
  const { mutate: share, isPending: busy } = useMutation({
    mutationFn: async (resource: ResourceRecord) => {
      const res = await fetch(`${API}/programs/${programId}/resources`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${getToken()}` },
        body: JSON.stringify({ resourceId: resource.id, note }),
      });
      if (!res.ok) throw new Error((await res.json()).message);
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['program-resources', programId] });
      notify('mentorflow.documents.shared', { type: 'success' });
      setChoice(null);
      setNote('');
      onClose();
    },
    onError: (e) => notify(e.message, { type: 'error' }),
  });
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid="share-dialog">
      <DialogTitle>{translate('mentorflow.documents.share_title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        <Autocomplete
          options={data ?? []}
          value={choice}
          onChange={(_e, v) => setChoice(v)}
          getOptionLabel={(r) => resourceTitle(r, locale)}
          renderInput={(params) => (
            <TextField {...params} label={translate('mentorflow.documents.resource')} data-testid="share-resource" />
          )}
        />
        <TextField
          label={translate('mentorflow.documents.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          onClick={() => choice && share(choice)}
          disabled={!choice || busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
          data-testid="share-confirm"
        >
          {translate('mentorflow.documents.share')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
