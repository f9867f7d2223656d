import { useMemo } from 'react';
import { Typography } from '@mui/material';
import { TextInput, maxLength, minLength, required, useTranslate } from 'react-admin';
import { FormDialog } from '../../common/dialogs/FormDialog';
import { DraftDialogButtons, useOpenedDraft } from '../../common/drafts';
import type { DraftTarget } from '../../data/dataProvider';
import type { PlanItem } from '../types';
import { useSetPlanItemStatus } from './useSetPlanItemStatus';

const validateReason = [required(), minLength(3), maxLength(2000)];

/** Dropping a plan item needs a reason (reported in the year's results). */
export const DropItemDialog = ({ item, onClose }: { item: PlanItem | null; onClose: () => void }) => {
  const translate = useTranslate();
  const { setStatus } = useSetPlanItemStatus();
  // The reason typed last time for this item (this device or another), if it was not dropped then.
  const draftTarget = useMemo<DraftTarget>(() => ({ key: `drop:${item?.id ?? 'none'}` }), [item?.id]);
  const { opened, discard } = useOpenedDraft(draftTarget, !!item);
  return (
    <FormDialog
      open={!!item}
      onClose={onClose}
      testId="drop-dialog"
      loading={!opened}
      title={translate('mentorflow.plan.drop_title')}
      onSubmit={async (values) => {
        if (!item) return undefined;
        const errors = await setStatus(item.id, { status: 'dropped', reason: String(values.reason ?? '').trim() });
        // Dropped: the reason is recorded, its draft has nothing left to keep. A failure
        // (already reported) closes the dialog but keeps the draft for the next try.
        if (errors === undefined) await discard();
        if (!errors) onClose();
        return errors || undefined;
      }}
      defaultValues={{ reason: '', ...(opened?.data ?? {}) }}
      buttons={
        <DraftDialogButtons
          onClose={onClose}
          draftTarget={draftTarget}
          savedAt={opened?.updatedAt ?? null}
          cancelTestId="drop-cancel"
          confirm={{ label: 'mentorflow.plan.drop', testId: 'drop-confirm', color: 'warning' }}
        />
      }
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('mentorflow.plan.drop_content', { title: item?.title })}
      </Typography>
      <TextInput source="reason" label="mentorflow.plan.reason" multiline minRows={2} validate={validateReason} autoFocus />
    </FormDialog>
  );
};
