import { useState } from 'react';
import { Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { required, useNotify, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { FormDialog } from '../../common/dialogs/FormDialog';
import { FormDialogButtons } from '../../common/dialogs/DialogButtons';
import { pathResolver, toSubmissionErrors } from '../../common/fieldPaths';
import { useWorkflowErrorHandler } from '../../common/useWorkflowErrorHandler';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import { UserPicker } from '../../programs/controls/UserPicker';
import { useProgramRefresh } from '../../programs/show/useProgramRefresh';
import type { AdvocacyProgramRecord } from '../types';
import { mentorLimitMessage } from './mentorLimit';
import { OverrideMentorLimit } from './OverrideMentorLimit';

const resolvePath = pathResolver({ inputs: [/^(mentorId|override)$/] });
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
  const notify = useNotify();
  const refresh = useProgramRefresh();
  const onWorkflowError = useWorkflowErrorHandler();
  const dataProvider = useMentorflowDataProvider();
  const [limit, setLimit] = useState<string | null>(null);
  const { mutateAsync } = useMutation({
    mutationFn: (body: Record<string, unknown>) => dataProvider.sendProgramSignal(program.id, 'reassign', body),
  });
  const close = () => {
    setLimit(null);
    onClose();
  };
  const submit = async (values: FieldValues) => {
    if (values.mentorId === program.mentorId) return { mentorId: 'mentorflow.validation.reassign_nothing' };
    try {
      await mutateAsync({ mentorId: values.mentorId, ...(limit && values.override ? { override: true } : {}) });
    } catch (error) {
      const message = mentorLimitMessage(error);
      if (message) {
        setLimit(message);
        return undefined;
      }
      const errors = toSubmissionErrors(error, resolvePath);
      if (errors) return errors;
      await onWorkflowError(error);
      return undefined;
    }
    notify('mentorflow.controls.sent.reassign', { type: 'info' });
    refresh({ settle: true });
    close();
    return undefined;
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
