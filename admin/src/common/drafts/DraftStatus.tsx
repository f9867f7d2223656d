import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import CloudSyncOutlinedIcon from '@mui/icons-material/CloudSyncOutlined';
import { Box, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { DraftAutosave } from './useDraftAutosave';

/** "Draft saved at 14:05" (with the date when not today), or what the autosave is doing. */
export const formatSavedAt = (iso: string, locale: string) => {
  const at = new Date(iso);
  const tag = locale === 'tr' ? 'tr-TR' : 'en-GB';
  const time = at.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit' });
  if (at.toDateString() === new Date().toDateString()) return time;
  return `${at.toLocaleDateString(tag, { day: 'numeric', month: 'short', year: 'numeric' })} ${time}`;
};

export const DraftStatus = ({ draft }: { draft: DraftAutosave }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { state, savedAt } = draft;
  const text =
    state === 'saving'
      ? translate('mentorflow.drafts.saving')
      : state === 'error'
        ? translate('mentorflow.drafts.error')
        : state === 'pending'
          ? translate('mentorflow.drafts.pending')
          : savedAt
            ? translate('mentorflow.drafts.saved_at', { time: formatSavedAt(savedAt, locale) })
            : translate('mentorflow.drafts.autosave');
  const Icon =
    state === 'error' ? CloudOffOutlinedIcon : state === 'saved' || state === 'idle' ? CloudDoneOutlinedIcon : CloudSyncOutlinedIcon;
  return (
    <Box
      role="status"
      aria-live="polite"
      data-testid="draft-status"
      data-state={state}
      data-saved-at={savedAt ?? ''}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: state === 'error' ? 'error.main' : 'text.secondary' }}
    >
      <Icon fontSize="small" />
      <Typography variant="caption">{text}</Typography>
    </Box>
  );
};
