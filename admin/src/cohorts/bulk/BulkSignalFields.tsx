import { PersonInput, ReasonInput } from '../../common/SignalInputs';
import type { BulkSignalName } from '../types';

/** What each control needs: pause may have a reason, withdraw must, reassign picks the people. */
export const BulkSignalFields = ({ name }: { name: BulkSignalName }) => {
  if (name === 'pause') return <ReasonInput />;
  if (name === 'withdraw') return <ReasonInput mandatory data-testid="bulk-reason" />;
  if (name === 'reassign') {
    return (
      <>
        <PersonInput source="mentorId" helperText="mentorflow.bulk.mentor_help" testId="bulk-mentor" />
        <PersonInput source="genderExpertId" helperText="mentorflow.bulk.expert_help" />
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
