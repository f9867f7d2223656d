import { AutocompleteInput, ReferenceInput, TextInput, maxLength, minLength, required } from 'react-admin';
import type { BulkSignalName } from '../types';

const validateReason = [maxLength(2000)];
const validateWithdrawReason = [required(), minLength(3), maxLength(2000)];

/** What each control needs: pause may have a reason, withdraw must, reassign picks the people. */
export const BulkSignalFields = ({ name }: { name: BulkSignalName }) => {
  if (name === 'pause') {
    return (
      <TextInput
        source="reason"
        label="mentorflow.controls.reason"
        multiline
        minRows={2}
        validate={validateReason}
        helperText="mentorflow.common.optional"
      />
    );
  }
  if (name === 'withdraw') {
    return (
      <TextInput
        source="reason"
        label="mentorflow.controls.reason"
        multiline
        minRows={2}
        validate={validateWithdrawReason}
        helperText="mentorflow.controls.withdraw.reason_help"
        data-testid="bulk-reason"
      />
    );
  }
  if (name === 'reassign') {
    return (
      <>
        <ReferenceInput source="mentorId" reference="users" filter={{ role: 'mentor' }} sort={{ field: 'fullName', order: 'ASC' }}>
          <AutocompleteInput
            label="resources.programs.fields.mentorId"
            optionText="fullName"
            filterToQuery={(q) => ({ q })}
            helperText="mentorflow.bulk.mentor_help"
            data-testid="bulk-mentor"
          />
        </ReferenceInput>
        <ReferenceInput
          source="genderExpertId"
          reference="users"
          filter={{ role: 'gender_expert' }}
          sort={{ field: 'fullName', order: 'ASC' }}
        >
          <AutocompleteInput
            label="resources.programs.fields.genderExpertId"
            optionText="fullName"
            filterToQuery={(q) => ({ q })}
            helperText="mentorflow.bulk.expert_help"
          />
        </ReferenceInput>
      </>
    );
  }
  return null;
};

/** A reassignment must name someone. */
export const validateBulk = (name: BulkSignalName) => (values: Record<string, unknown>) =>
  name === 'reassign' && !values.mentorId && !values.genderExpertId ? { mentorId: 'mentorflow.validation.reassign_nothing' } : {};

export const bodyFor = (name: BulkSignalName, values: Record<string, unknown>) => {
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  if (name === 'pause') return reason ? { reason } : {};
  if (name === 'withdraw') return { reason };
  if (name === 'reassign') {
    return {
      ...(values.mentorId ? { mentorId: values.mentorId } : {}),
      ...(values.genderExpertId ? { genderExpertId: values.genderExpertId } : {}),
    };
  }
  return {};
};
