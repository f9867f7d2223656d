import { useState } from 'react';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import LogoutIcon from '@mui/icons-material/Logout';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import { Button, useListContext, usePermissions } from 'react-admin';
import { canControlPrograms, type Role } from '../../auth/roles';
import type { BulkSignalName } from '../types';
import { BulkSignalDialog } from './BulkSignalDialog';

const ACTIONS: { name: BulkSignalName; icon: React.ReactNode }[] = [
  { name: 'pause', icon: <PauseIcon /> },
  { name: 'resume', icon: <PlayArrowIcon /> },
  { name: 'reassign', icon: <SwapHorizIcon /> },
  { name: 'withdraw', icon: <LogoutIcon /> },
];

/** Programs of designed types end stages a manager closes (their `manager_close` rule). */
const CLOSE_STAGE = { name: 'close-stage' as const, icon: <SkipNextIcon /> };

/**
 * Pause / resume / reassign / withdraw the selected programs, and close their stages when the
 * selection holds programs of designed types. `data-testid="bulk-<signal>"`.
 */
export const ProgramBulkActions = () => {
  const { selectedIds, onUnselectItems, data } = useListContext<{ id: string; template?: unknown }>();
  const [signal, setSignal] = useState<BulkSignalName | null>(null);
  const selected = new Set(selectedIds.map(String));
  const designed = (data ?? []).some((row) => selected.has(String(row.id)) && !!row.template);
  return (
    <>
      {[...ACTIONS, ...(designed ? [CLOSE_STAGE] : [])].map((action) => (
        <Button
          key={action.name}
          label={action.name === 'close-stage' ? 'mentorflow.template_programs.close_stage' : `mentorflow.controls.${action.name}.button`}
          onClick={() => setSignal(action.name)}
          data-testid={`bulk-${action.name}`}
        >
          {action.icon}
        </Button>
      ))}
      <BulkSignalDialog
        name={signal}
        ids={selectedIds.map(String)}
        onClose={(done) => {
          setSignal(null);
          if (done) onUnselectItems();
        }}
      />
    </>
  );
};

/** The programs list's bulk actions, or false (no checkboxes) for roles without controls. */
export const useProgramBulkActions = () => {
  const { permissions } = usePermissions<Role>();
  return canControlPrograms(permissions) ? <ProgramBulkActions /> : false;
};
