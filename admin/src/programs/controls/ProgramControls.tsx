import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { usePermissions, useRecordContext } from 'react-admin';
import { canControlPrograms, type Role } from '../../auth/roles';
import type { ProgramRecord } from '../../institutional/types';
import { ControlBar } from './ControlBar';
import { ControlButton } from './ControlButton';

/** The institutional program's controls: the shared ones and "close year" during implementation. */
export const ProgramControls = () => {
  const program = useRecordContext<ProgramRecord>();
  const { permissions } = usePermissions<Role>();
  if (!program || !canControlPrograms(permissions)) return null;
  const status = program.live?.status ?? program.status;
  const stage = program.live?.stage ?? program.stage;
  return (
    <ControlBar
      program={program}
      status={status}
      extra={(open) => (
        <ControlButton
          name="close-year"
          icon={<EventAvailableIcon />}
          enabled={status === 'active' && stage === 'implementation'}
          onOpen={open}
        />
      )}
    />
  );
};
