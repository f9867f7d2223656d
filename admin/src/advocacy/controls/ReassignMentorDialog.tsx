import { useState } from 'react';
import { Typography } from '@mui/material';
import { required, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { FormDialog } from '../../common/dialogs/FormDialog';
import { FormDialogButtons } from '../../common/dialogs/DialogButtons';
import { UserPicker } from '../../programs/controls/UserPicker';
import { useSendSignal } from '../../programs/controls/useSendSignal';
import type { AdvocacyProgramRecord } from '../types';
import { mentorLimitMessage } from './mentorLimit';
import { OverrideMentorLimit } from './OverrideMentorLimit';

const validateMentor = [required()];

/**
 * Reassigns an advocacy mentorship to another mentor (signal `reassign`). A mentor at the
 * advocacy limit is refused (409); the dialog then offers to override the limit and send
 * again. There is no gender expert in advocacy.
 */
export const ReassignMentorDialog = ({
  program,
  open,
  onClose,
}: {
  program: AdvocacyProgramRecord;
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const [limit, setLimit] = useState<string | null>(null);
  // A mentor at the advocacy limit: the dialog offers the override instead of failing.
  const send = useSendSignal(program.id, (error) => {
    const message = mentorLimitMessage(error);
    if (message) setLimit(message);
    return !!message;
  });
  const close = () => {
    setLimit(null);
    onClose();
  };
  const submit = async (values: FieldValues) => {
    if (values.mentorId === program.mentorId) return { mentorId: 'mentorflow.validation.reassign_nothing' };
    const result = await send('reassign', { mentorId: values.mentorId, ...(limit && values.override ? { override: true } : {}) });
    if (result === undefined) close();
    return result === 'failed' ? undefined : result;
  };
  return (
    <FormDialog
      open={open}
      onClose={close}
      testId="signal-dialog"
      data-signal="reassign"
      title={translate('mentorflow.controls.reassign.title', { organization: program.organizationName })}
      onSubmit={submit}
      defaultValues={{ mentorId: program.mentorId, override: false }}
      buttons={
        <FormDialogButtons
          onCancel={close}
          cancelTestId="signal-cancel"
          confirm={{ label: 'mentorflow.controls.reassign.confirm', testId: 'signal-confirm' }}
        />
      }
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('mentorflow.advocacy.reassign.content')}
      </Typography>
      <OverrideMentorLimit message={limit} />
      <UserPicker
        source="mentorId"
        role="mentor"
        validate={validateMentor}
        helperText={translate('mentorflow.controls.reassign.mentor_help', { mentor: program.mentorName })}
      />
    </FormDialog>
  );
};
