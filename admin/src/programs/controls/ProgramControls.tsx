import { useState } from 'react';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import LogoutIcon from '@mui/icons-material/Logout';
import { usePermissions, useRecordContext } from 'react-admin';
import { canControlPrograms, type Role } from '../../auth/roles';
import type { ProgramRecord, ProgramSignal } from '../../institutional/types';
import { ControlButton } from './ControlButton';
import { SignalDialog } from './SignalDialog';

/**
 * Pause / resume / close year / reassign / withdraw, for program managers and admins.
 * Buttons that make no sense in the current state are disabled (the API would answer 409).
 * `data-testid="control-<signal>"`.
 */
export const ProgramControls = () => {
    const program = useRecordContext<ProgramRecord>();
    const { permissions } = usePermissions<Role>();
    const [signal, setSignal] = useState<ProgramSignal | null>(null);
    if (!program || !canControlPrograms(permissions)) return null;
    const status = program.live?.status ?? program.status;
    const stage = program.live?.stage ?? program.stage;
    const ended = status === 'withdrawn' || status === 'completed';
    return (
        <>
            {status === 'paused' ? (
                <ControlButton name="resume" icon={<PlayArrowIcon />} enabled onOpen={setSignal} />
            ) : (
                <ControlButton name="pause" icon={<PauseIcon />} enabled={status === 'active'} onOpen={setSignal} />
            )}
            <ControlButton name="close-year" icon={<EventAvailableIcon />} enabled={status === 'active' && stage === 'implementation'} onOpen={setSignal} />
            <ControlButton name="reassign" icon={<SwapHorizIcon />} enabled={!ended} onOpen={setSignal} />
            <ControlButton name="withdraw" icon={<LogoutIcon />} enabled={!ended} color="error" onOpen={setSignal} />
            <SignalDialog name={signal} program={program} onClose={() => setSignal(null)} />
        </>
    );
};
