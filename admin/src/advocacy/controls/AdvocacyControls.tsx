import { usePermissions, useRecordContext } from 'react-admin';
import { canControlPrograms, type Role } from '../../auth/roles';
import type { ProgramRecord } from '../../institutional/types';
import { ControlBar } from '../../programs/controls/ControlBar';
import { asAdvocacyProgram } from '../types';
import { ReassignMentorDialog } from './ReassignMentorDialog';

/** An advocacy mentorship's controls: the shared ones (no year to close), reassignment with the mentor limit. */
export const AdvocacyControls = () => {
  const record = useRecordContext<ProgramRecord>();
  const { permissions } = usePermissions<Role>();
  if (!record || !canControlPrograms(permissions)) return null;
  const program = asAdvocacyProgram(record);
  return (
    <ControlBar
      program={record}
      status={program.live?.status ?? program.status}
      reassignDialog={(open, onClose) => <ReassignMentorDialog program={program} open={open} onClose={onClose} />}
    />
  );
};
