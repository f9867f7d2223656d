import { useState } from 'react';
import { Alert, Box, Dialog, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DialogButtons } from '../common/dialogs/DialogButtons';
import type { PlanItemStatusInput } from '../institutional/domain';
import type { PlanItem } from '../institutional/types';
import { useSetPlanItemStatus } from '../institutional/show/useSetPlanItemStatus';
import { FileLine, UploadButton, useOwnerFiles } from './FileList';

type DoneChange = PlanItemStatusInput & { noEvidenceReason?: string };

/**
 * Marking a study done asks for its evidence (the strategic plan itself, a procedure...) or a
 * reason why there is none; the API refuses done without either (400 naming evidence).
 */
export const DoneWithEvidenceDialog = ({ item, onClose }: { item: PlanItem | null; onClose: () => void }) => {
  const translate = useTranslate();
  const { setStatus } = useSetPlanItemStatus();
  const { data: files, refetch } = useOwnerFiles('plan_item', item?.id);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const hasFiles = (files?.length ?? 0) > 0;
  const missing = !hasFiles && reason.trim().length < 3;
  const close = () => {
    setReason('');
    setTried(false);
    onClose();
  };
  const confirm = async () => {
    setTried(true);
    if (!item || missing) return;
    setBusy(true);
    const change: DoneChange = { status: 'done', ...(hasFiles ? {} : { noEvidenceReason: reason.trim() }) };
    const errors = await setStatus(item.id, change);
    setBusy(false);
    if (!errors) close();
  };
  return (
    <Dialog open={!!item} onClose={close} fullWidth maxWidth="sm" data-testid="done-dialog">
      {item && (
        <>
          <DialogTitle>{translate('mentorflow.documents.done_title')}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('mentorflow.documents.done_content', { title: item.title })}
            </Typography>
            <Box sx={{ display: 'grid', gap: 0.5, mb: 2 }}>
              {(files ?? []).map((f) => (
                <FileLine key={f.id} file={f} canDelete onDeleted={() => refetch()} />
              ))}
              <Box>
                <UploadButton
                  ownerType="plan_item"
                  ownerId={item.id}
                  label="mentorflow.documents.attach_evidence"
                  testId="evidence-upload"
                  onUploaded={() => refetch()}
                />
              </Box>
            </Box>
            {!hasFiles && (
              <TextField
                label={translate('mentorflow.documents.no_evidence_reason')}
                helperText={
                  tried && missing
                    ? translate('mentorflow.documents.evidence_required')
                    : translate('mentorflow.documents.no_evidence_hint')
                }
                error={tried && missing}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                multiline
                minRows={2}
                fullWidth
                slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'no-evidence-reason' } }}
              />
            )}
            {hasFiles && (
              <Alert severity="success">{translate('mentorflow.documents.evidence_attached', { smart_count: files?.length ?? 0 })}</Alert>
            )}
          </DialogContent>
          <DialogButtons
            busy={busy}
            onCancel={close}
            confirm={{ label: 'mentorflow.plan.done', testId: 'done-confirm', color: 'success', onConfirm: confirm }}
          />
        </>
      )}
    </Dialog>
  );
};
