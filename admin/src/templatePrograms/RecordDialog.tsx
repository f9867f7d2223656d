import { useMemo } from 'react';
import { Dialog, DialogContent, DialogTitle, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useAnnounceChange } from '../common/useWorkflowSubmit';
import { useMentorflowDataProvider } from '../data/dataProvider';
import { useIdempotentSubmit } from '../data/idempotency';
import type { RecordDef } from '../programTypes/types';
import { useText } from '../programTypes/text';
import { DesignedForm } from './DesignedForm';

/** "Add record": the record kind's form; its draft is kept per program and kind. */
export const RecordDialog = ({ programId, record, onClose }: { programId: string; record: RecordDef; onClose: () => void }) => {
  const translate = useTranslate();
  const text = useText();
  const announce = useAnnounceChange();
  const dataProvider = useMentorflowDataProvider();
  const idempotent = useIdempotentSubmit();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const target = useMemo(() => ({ key: `record:${programId}:${record.id}` }), [programId, record.id]);
  const submit = async (data: Record<string, unknown>) => {
    await idempotent({ kind: record.id, data }, (key) => dataProvider.addProgramRecord(programId, record.id, data, key));
    await dataProvider.deleteDraft(target).catch(() => undefined);
    await announce({
      message: 'mentorflow.template_programs.record_added',
      messageArgs: { name: text(record.name) },
      changed: [['program-records', programId], 'programs'],
    });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" fullScreen={phone} data-testid="record-dialog">
      <DialogTitle>{translate('mentorflow.template_programs.add_record_named', { name: text(record.name) })}</DialogTitle>
      <DialogContent dividers>
        <DesignedForm
          form={record.form}
          target={target}
          readOnly={false}
          submitLabel="mentorflow.template_programs.save_record"
          onSubmit={submit}
          onCancel={onClose}
          testId="record-form"
        />
      </DialogContent>
    </Dialog>
  );
};
