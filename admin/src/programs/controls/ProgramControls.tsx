import { useState } from 'react';
import { Button } from '@mui/material';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import LogoutIcon from '@mui/icons-material/Logout';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canControlPrograms, type Role } from '../../auth/roles';
import type { ProgramRecord, ProgramSignal } from '../../institutional/types';
import { SignalDialog } from './SignalDialog';

/**
 * Pause / resume / close year / reassign / withdraw, for program managers and admins.
 * Buttons that make no sense in the current state are disabled (the API would answer 409).
 * `data-testid="control-<signal>"`.
 */
export const ProgramControls = () => {
    const program = useRecordContext<ProgramRecord>();
    const { permissions } = usePermissions<Role>();
    const translate = useTranslate();
    const [signal, setSignal] = useState<ProgramSignal | null>(null);
    if (!program || !canControlPrograms(permissions)) return null;
    const status = program.live?.status ?? program.status;
    const stage = program.live?.stage ?? program.stage;
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
            {status === 'paused'
                ? button('resume', <PlayArrowIcon />, true)
                : button('pause', <PauseIcon />, status === 'active')}
            {button('close-year', <EventAvailableIcon />, status === 'active' && stage === 'implementation')}
            {button('reassign', <SwapHorizIcon />, !ended)}
            {button('withdraw', <LogoutIcon />, !ended, 'error')}
            <SignalDialog name={signal} program={program} onClose={() => setSignal(null)} />
        </>
    );
};
