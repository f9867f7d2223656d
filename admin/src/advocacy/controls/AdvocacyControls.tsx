import { useState } from 'react';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import LogoutIcon from '@mui/icons-material/Logout';
import { usePermissions, useRecordContext } from 'react-admin';
import { canControlPrograms, type Role } from '../../auth/roles';
import type { ProgramRecord, ProgramSignal } from '../../institutional/types';
import { ControlButton } from '../../programs/controls/ControlButton';
import { SignalDialog } from '../../programs/controls/SignalDialog';
import { asAdvocacyProgram } from '../types';
import { ReassignMentorDialog } from './ReassignMentorDialog';

/**
 * Pause / resume / reassign / withdraw an advocacy mentorship (no year to close), for
 * program managers and admins. `data-testid="control-<signal>"`.
 */
export const AdvocacyControls = () => {
    const record = useRecordContext<ProgramRecord>();
    const { permissions } = usePermissions<Role>();
    const [signal, setSignal] = useState<ProgramSignal | null>(null);
    if (!record || !canControlPrograms(permissions)) return null;
    const program = asAdvocacyProgram(record);
    const status = program.live?.status ?? program.status;
    const ended = status === 'withdrawn' || status === 'completed';
    return (
        <>
            {status === 'paused' ? (
                <ControlButton name="resume" icon={<PlayArrowIcon />} enabled onOpen={setSignal} />
            ) : (
                <ControlButton name="pause" icon={<PauseIcon />} enabled={status === 'active'} onOpen={setSignal} />
            )}
            <ControlButton name="reassign" icon={<SwapHorizIcon />} enabled={!ended} onOpen={setSignal} />
            <ControlButton name="withdraw" icon={<LogoutIcon />} enabled={!ended} color="error" onOpen={setSignal} />
            <SignalDialog name={signal === 'reassign' ? null : signal} program={record} onClose={() => setSignal(null)} />
            <ReassignMentorDialog program={program} open={signal === 'reassign'} onClose={() => setSignal(null)} />
        </>
    );
};
