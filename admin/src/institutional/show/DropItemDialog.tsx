import { useMemo, useRef } from 'react';
import {
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import { Form, TextInput, maxLength, minLength, required, useTranslate } from 'react-admin';
import { useFormState, type FieldValues } from 'react-hook-form';
import { DraftStatus, LeaveGuard, useDraft, useDraftAutosave } from '../../common/drafts';
import type { DraftTarget } from '../../data/dataProvider';
import type { PlanItem } from '../types';
import { useSetPlanItemStatus } from './useSetPlanItemStatus';

const validateReason = [required(), minLength(3), maxLength(2000)];

/** The buttons and the reason's draft: Cancel keeps what was typed for the next time. */
const Actions = ({ onClose, draftTarget, savedAt }: { onClose: () => void; draftTarget: DraftTarget; savedAt: string | null }) => {
  const translate = useTranslate();
  const { isSubmitting, isSubmitSuccessful } = useFormState();
  const draft = useDraftAutosave(draftTarget, savedAt);
  const cancel = async () => {
    await draft.flush();
    onClose();
  };
  return (
    <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
      <LeaveGuard active={draft.unsaved && !isSubmitting && !isSubmitSuccessful} save={draft.flush} />
      <Box sx={{ flex: 1, pl: 1 }}>
        <DraftStatus draft={draft} />
      </Box>
      <Button onClick={cancel} disabled={isSubmitting} data-testid="drop-cancel">
        {translate('ra.action.cancel')}
      </Button>
      <Button
        type="submit"
        color="warning"
        variant="contained"
        disabled={isSubmitting}
        startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
        data-testid="drop-confirm"
      >
        {translate('mentorflow.plan.drop')}
      </Button>
    </DialogActions>
  );
};

/** Dropping a plan item needs a reason (reported in the year's results). */
export const DropItemDialog = ({ item, onClose }: { item: PlanItem | null; onClose: () => void }) => {
  const translate = useTranslate();
  const { setStatus } = useSetPlanItemStatus();
  // The reason typed last time for this item (this device or another), if it was not dropped then.
  const draftTarget = useMemo<DraftTarget>(() => ({ key: `drop:${item?.id ?? 'none'}` }), [item?.id]);
  const draft = useDraft(draftTarget, !!item);
  const opened = useRef<{ data: Record<string, unknown> | null; updatedAt: string | null } | null>(null);
  if (!item) opened.current = null;
  else if (!opened.current && !draft.isPending)
    opened.current = { data: draft.data?.data ?? null, updatedAt: draft.data?.updatedAt ?? null };
  return (
    <Dialog open={!!item} onClose={onClose} fullWidth maxWidth="sm" data-testid="drop-dialog">
      {item && !opened.current && <LinearProgress data-testid="draft-loading" />}
      {item && opened.current && (
        <Form
          onSubmit={async (values: FieldValues) => {
            const errors = await setStatus(item.id, { status: 'dropped', reason: String(values.reason ?? '').trim() });
            // Dropped: the reason is recorded, its draft has nothing left to keep. A failure
            // (already reported) closes the dialog but keeps the draft for the next try.
            if (errors === undefined) await draft.discard();
            if (!errors) onClose();
            return errors || undefined;
          }}
          noValidate
          defaultValues={{ reason: '', ...(opened.current.data ?? {}) }}
        >
          <DialogTitle>{translate('mentorflow.plan.drop_title')}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('mentorflow.plan.drop_content', { title: item.title })}
            </Typography>
            <TextInput source="reason" label="mentorflow.plan.reason" multiline minRows={2} validate={validateReason} autoFocus />
          </DialogContent>
          <Actions onClose={onClose} draftTarget={draftTarget} savedAt={opened.current.updatedAt} />
        </Form>
      )}
    </Dialog>
  );
};
