import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Box, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import type { PlanItem } from '../../institutional/types';
import { listProgress, reportProgress } from '../api';
import { NoteField, SendDialog } from '../SendDialog';
import { useCheckedSubmit } from '../useCheckedSubmit';

/**
 * "Report progress" on a plan item: a note and, if they like, how far along it is (0-100 %).
 * The mentor is notified and alone marks the item done. Earlier reports are listed below.
 */
export const ProgressDialog = ({ item, open, onClose }: { item: PlanItem; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [percent, setPercent] = useState('');
  const history = useQuery({ queryKey: ['plan-progress', item.id], queryFn: () => listProgress(item.id), enabled: open });
  const percentValue = percent === '' ? undefined : Number(percent);
  const noteError = !note.trim() ? 'ra.validation.required' : note.length > 2000 ? 'mentorflow.cso.progress.too_long' : undefined;
  const percentError =
    percentValue !== undefined && !(Number.isInteger(percentValue) && percentValue >= 0 && percentValue <= 100)
      ? 'mentorflow.cso.progress.percent_range'
      : undefined;
  const submission = useCheckedSubmit(!!(noteError || percentError), async () => {
    await reportProgress(item.id, { note: note.trim(), ...(percentValue !== undefined ? { percent: percentValue } : {}) });
    notify('mentorflow.cso.progress.sent', { type: 'success' });
    await queryClient.invalidateQueries({ queryKey: ['plan-progress', item.id] });
    setNote('');
    setPercent('');
    submission.reset();
    onClose();
  });
  const { submitted, failure } = submission;
  return (
    <SendDialog open={open} onClose={onClose} name="progress" maxWidth="sm" submission={submission}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {item.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('mentorflow.cso.progress.help')}
      </Typography>
      <NoteField
        name="note"
        label={`${translate('mentorflow.cso.progress.note')} *`}
        value={note}
        onChange={setNote}
        error={submitted && !!noteError}
        helperText={submitted && noteError ? translate(noteError) : ' '}
      />
      <TextField
        name="percent"
        type="number"
        label={translate('mentorflow.cso.progress.percent')}
        margin="dense"
        value={percent}
        onChange={(e) => setPercent(e.target.value)}
        slotProps={{ htmlInput: { min: 0, max: 100, step: 5 } }}
        error={submitted && !!percentError}
        helperText={submitted && percentError ? translate(percentError) : translate('mentorflow.cso.progress.percent_help')}
      />
      {failure && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="progress-error">
          {failure}
        </Alert>
      )}
      {(history.data ?? []).length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="overline" color="text.secondary">
            {translate('mentorflow.cso.progress.earlier')}
          </Typography>
          <List dense disablePadding>
            {history.data!.map((report) => (
              <ListItem key={report.id} disableGutters data-testid="progress-report">
                <ListItemText
                  primary={report.note}
                  secondary={[
                    formatDate(report.createdAt, 'dateTime'),
                    report.author?.fullName,
                    report.percent != null ? `${report.percent} %` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </SendDialog>
  );
};
