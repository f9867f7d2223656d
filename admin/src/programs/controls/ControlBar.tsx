import { useState, type ReactNode } from 'react';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import LogoutIcon from '@mui/icons-material/Logout';
import type { ProgramRecord, ProgramSignal } from '../../institutional/types';
import { ControlButton } from './ControlButton';
import { SignalDialog } from './SignalDialog';

/**
 * The controls every program type has, for program managers and admins: pause or resume,
 * reassign, withdraw, each with its dialog; `extra` puts a type's own controls (close year,
 * close stage) after pause. Buttons that make no sense in the current state are disabled (the
 * API would answer 409). `data-testid="control-<signal>"`.
 */
export const ControlBar = ({
  program,
  status,
  extra,
  reassignDialog,
}: {
  program: ProgramRecord;
  status: string;
  /** A type's own controls; `open` opens the shared dialog of a signal. */
  extra?: (open: (signal: ProgramSignal) => void) => ReactNode;
  /** A type's own reassignment dialog instead of the shared one. */
  reassignDialog?: (open: boolean, onClose: () => void) => ReactNode;
}) => {
  const [signal, setSignal] = useState<ProgramSignal | null>(null);
  const ended = status === 'withdrawn' || status === 'completed';
  const close = () => setSignal(null);
  return (
    <>
      {status === 'paused' ? (
        <ControlButton name="resume" icon={<PlayArrowIcon />} enabled onOpen={setSignal} />
      ) : (
        <ControlButton name="pause" icon={<PauseIcon />} enabled={status === 'active'} onOpen={setSignal} />
      )}
      {extra?.(setSignal)}
      <ControlButton name="reassign" icon={<SwapHorizIcon />} enabled={!ended} onOpen={setSignal} />
      <ControlButton name="withdraw" icon={<LogoutIcon />} enabled={!ended} color="error" onOpen={setSignal} />
      <SignalDialog name={reassignDialog && signal === 'reassign' ? null : signal} program={program} onClose={close} />
      {reassignDialog?.(signal === 'reassign', close)}
    </>
  );
};
