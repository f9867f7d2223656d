import { useState } from 'react';
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { AutocompleteInput, Form, ReferenceInput, required, useNotify, useTranslate } from 'react-admin';
import { useFormState, type FieldValues } from 'react-hook-form';
import { pathResolver, toSubmissionErrors } from '../../common/fieldPaths';
import { useWorkflowErrorHandler } from '../../common/useWorkflowErrorHandler';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import { useProgramRefresh } from '../../programs/show/useProgramRefresh';
import type { AdvocacyProgramRecord } from '../types';
import { mentorLimitMessage } from './mentorLimit';
import { OverrideMentorLimit } from './OverrideMentorLimit';

const resolvePath = pathResolver({ inputs: [/^(mentorId|override)$/] });
const validateMentor = [required()];

const Actions = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  return (
    <DialogActions>
      <Button onClick={onClose} disabled={isSubmitting} data-testid="signal-cancel">
        {translate('ra.action.cancel')}
      </Button>
      <Button
        type="submit"
        variant="contained"
        disabled={isSubmitting}
        startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
        data-testid="signal-confirm"
      >
        {translate('mentorflow.controls.reassign.confirm')}
      </Button>
    </DialogActions>
  );
};

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
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" data-testid="signal-dialog" data-signal="reassign">
      {open && (
        <Form onSubmit={submit} noValidate defaultValues={{ mentorId: program.mentorId, override: false }}>
          <DialogTitle>{translate('mentorflow.controls.reassign.title', { organization: program.organizationName })}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('mentorflow.advocacy.reassign.content')}
            </Typography>
            <OverrideMentorLimit message={limit} />
            <ReferenceInput source="mentorId" reference="users" filter={{ role: 'mentor' }} sort={{ field: 'fullName', order: 'ASC' }}>
              <AutocompleteInput
                label="resources.programs.fields.mentorId"
                optionText="fullName"
                filterToQuery={(q) => ({ q })}
                validate={validateMentor}
                helperText={translate('mentorflow.controls.reassign.mentor_help', { mentor: program.mentorName })}
              />
            </ReferenceInput>
          </DialogContent>
          <Actions onClose={close} />
        </Form>
      )}
    </Dialog>
  );
};
