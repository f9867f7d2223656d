import { Typography } from '@mui/material';
import { TextInput, maxLength, minLength, required, useTranslate } from 'react-admin';
import { DraftFormDialog } from '../../programs/show/DraftFormDialog';
import type { PlanItem } from '../types';
import { useSetPlanItemStatus } from './useSetPlanItemStatus';

const validateReason = [required(), minLength(3), maxLength(2000)];

/** Dropping a plan item needs a reason (reported in the year's results). */
export const DropItemDialog = ({ item, onClose }: { item: PlanItem | null; onClose: () => void }) => {
  const translate = useTranslate();
  const { setStatus } = useSetPlanItemStatus();
  return (
    <DraftFormDialog
      open={!!item}
      onClose={onClose}
      testId="drop-dialog"
      title={translate('mentorflow.plan.drop_title')}
      // The reason typed last time for this item (this device or another), if it was not dropped then.
      draftKey={`drop:${item?.id ?? 'none'}`}
      defaultValues={{ reason: '' }}
      onSubmit={async (values, discard) => {
        if (!item) return undefined;
        const errors = await setStatus(item.id, { status: 'dropped', reason: String(values.reason ?? '').trim() });
        // Dropped: the reason is recorded, its draft has nothing left to keep. A failure
        // (already reported) closes the dialog but keeps the draft for the next try.
        if (errors === undefined) await discard();
        if (!errors) onClose();
        return errors || undefined;
      }}
      cancelTestId="drop-cancel"
      confirm={{ label: 'mentorflow.plan.drop', testId: 'drop-confirm', color: 'warning' }}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('mentorflow.plan.drop_content', { title: item?.title })}
      </Typography>
      <TextInput source="reason" label="mentorflow.plan.reason" multiline minRows={2} validate={validateReason} autoFocus />
    </DraftFormDialog>
  );
};
