import { useState } from 'react';
import { Button } from '@mui/material';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import LogoutIcon from '@mui/icons-material/Logout';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canControlPrograms, type Role } from '../../auth/roles';
import type { ProgramRecord, ProgramSignal } from '../../institutional/types';
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
    const translate = useTranslate();
    const [signal, setSignal] = useState<ProgramSignal | null>(null);
    if (!record || !canControlPrograms(permissions)) return null;
    const program = asAdvocacyProgram(record);
    const status = program.live?.status ?? program.status;
    const ended = status === 'withdrawn' || status === 'completed';
    const button = (name: ProgramSignal, icon: React.ReactNode, enabled: boolean, color: 'primary' | 'error' = 'primary') => (
        <Button
            size="small"
            color={color}
            startIcon={icon}
            disabled={!enabled}
            onClick={() => setSignal(name)}
            data-testid={`control-${name}`}
        >
            {translate(`mentorflow.controls.${name}.button`)}
        </Button>
    );
    return (
        <>
            {status === 'paused' ? button('resume', <PlayArrowIcon />, true) : button('pause', <PauseIcon />, status === 'active')}
            {button('reassign', <SwapHorizIcon />, !ended)}
            {button('withdraw', <LogoutIcon />, !ended, 'error')}
            <SignalDialog name={signal === 'reassign' ? null : signal} program={record} onClose={() => setSignal(null)} />
            <ReassignMentorDialog program={program} open={signal === 'reassign'} onClose={() => setSignal(null)} />
        </>
    );
};
