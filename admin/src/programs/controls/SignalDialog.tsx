import { Alert, Typography } from '@mui/material';
import { TextInput, maxLength, minLength, required, useTranslate } from 'react-admin';
import { FormDialog } from '../../common/dialogs/FormDialog';
import { FormDialogButtons } from '../../common/dialogs/DialogButtons';
import type { ProgramRecord, ProgramSignal } from '../../institutional/types';
import { UserPicker } from './UserPicker';
import { useSendSignal } from './useSendSignal';

const validateWithdrawReason = [required(), minLength(3), maxLength(2000)];
const validatePauseReason = [maxLength(2000)];

const CONFIRM_COLOR: Record<ProgramSignal, 'primary' | 'warning' | 'error'> = {
  pause: 'warning',
  resume: 'primary',
  withdraw: 'error',
  reassign: 'primary',
  'close-year': 'warning',
};

/** At least one person must change for a reassignment to mean something. */
const validateReassign = (program: ProgramRecord) => (values: Record<string, unknown>) => {
  const changed =
    (values.mentorId && values.mentorId !== program.mentorId) ||
    (values.genderExpertId && values.genderExpertId !== program.genderExpertId);
  return changed ? {} : { mentorId: 'mentorflow.validation.reassign_nothing' };
};

const Fields = ({ name, program }: { name: ProgramSignal; program: ProgramRecord }) => {
  const translate = useTranslate();
  if (name === 'withdraw' || name === 'pause') {
    const withdraw = name === 'withdraw';
    return (
      <TextInput
        source="reason"
        label="mentorflow.controls.reason"
        multiline
        minRows={2}
        validate={withdraw ? validateWithdrawReason : validatePauseReason}
        // Withdrawing needs the reason: the field is where the person starts.
        autoFocus={withdraw}
        helperText={withdraw ? 'mentorflow.controls.withdraw.reason_help' : 'mentorflow.common.optional'}
      />
    );
  }
  if (name === 'reassign') {
    return (
      <>
        <UserPicker
          source="mentorId"
          role="mentor"
          helperText={translate('mentorflow.controls.reassign.mentor_help', { mentor: program.mentorName })}
        />
        <UserPicker source="genderExpertId" role="gender_expert" helperText="mentorflow.controls.reassign.expert_help" />
      </>
    );
  }
  return null;
};

const bodyFor = (name: ProgramSignal, values: Record<string, unknown>, program: ProgramRecord) => {
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  switch (name) {
    case 'withdraw':
      return { reason };
    case 'pause':
      return reason ? { reason } : {};
    case 'reassign':
      return {
        ...(values.mentorId && values.mentorId !== program.mentorId ? { mentorId: values.mentorId } : {}),
        ...(values.genderExpertId && values.genderExpertId !== program.genderExpertId ? { genderExpertId: values.genderExpertId } : {}),
      };
    default:
      return {};
  }
};

interface SignalDialogProps {
  name: ProgramSignal | null;
  program: ProgramRecord;
  onClose: () => void;
}

/**
 * The confirmation for a control signal, with what it needs: withdraw asks for a reason,
 * pause may have one, reassign picks the people. `data-testid="signal-dialog"`,
 * confirm with `signal-confirm`.
 */
export const SignalDialog = ({ name, program, onClose }: SignalDialogProps) => {
  const translate = useTranslate();
  const send = useSendSignal(program.id);
  const args = {
    organization: program.organizationName,
    year: program.year,
    mentor: program.mentorName,
  };
  return (
    <FormDialog
      open={!!name}
      onClose={onClose}
      testId="signal-dialog"
      data-signal={name ?? undefined}
      title={name ? translate(`mentorflow.controls.${name}.title`, args) : ''}
      onSubmit={async (values) => {
        if (!name) return undefined;
        const result = await send(name, bodyFor(name, values, program));
        if (result === undefined) onClose();
        return result === 'failed' ? undefined : result;
      }}
      defaultValues={
        name === 'reassign' ? { mentorId: program.mentorId, genderExpertId: program.genderExpertId ?? undefined } : { reason: '' }
      }
      validate={name === 'reassign' ? validateReassign(program) : undefined}
      buttons={
        <FormDialogButtons
          onCancel={onClose}
          cancelTestId="signal-cancel"
          confirm={{
            label: `mentorflow.controls.${name}.confirm`,
            testId: 'signal-confirm',
            color: name ? CONFIRM_COLOR[name] : undefined,
          }}
        />
      }
    >
      {name && (
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate(`mentorflow.controls.${name}.content`, args)}
          </Typography>
          {name === 'withdraw' && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('mentorflow.controls.withdraw.irreversible')}
            </Alert>
          )}
          <Fields name={name} program={program} />
        </>
      )}
    </FormDialog>
  );
};
