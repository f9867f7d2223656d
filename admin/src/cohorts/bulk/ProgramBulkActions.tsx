import { useState } from 'react';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button, useListContext, usePermissions } from 'react-admin';
import { canControlPrograms, type Role } from '../../auth/roles';
import type { BulkSignalName } from '../types';
import { BulkSignalDialog } from './BulkSignalDialog';

const ACTIONS: { name: BulkSignalName; icon: React.ReactNode }[] = [
    { name: 'pause', icon: <PauseIcon /> },
    { name: 'resume', icon: <PlayArrowIcon /> },
    { name: 'reassign', icon: <SwapHorizIcon /> },
];

/** Pause / resume / reassign the selected programs. `data-testid="bulk-<signal>"`. */
export const ProgramBulkActions = () => {
    const { selectedIds, onUnselectItems } = useListContext();
    const [signal, setSignal] = useState<BulkSignalName | null>(null);
    return (
        <>
            {ACTIONS.map(action => (
                <Button
                    key={action.name}
                    label={`mentorflow.controls.${action.name}.button`}
                    onClick={() => setSignal(action.name)}
                    data-testid={`bulk-${action.name}`}
                >
                    {action.icon}
                </Button>
            ))}
            <BulkSignalDialog
                name={signal}
                ids={selectedIds.map(String)}
                onClose={done => {
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
