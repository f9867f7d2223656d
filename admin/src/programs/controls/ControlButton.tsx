import type { ReactNode } from 'react';
import { Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProgramSignal } from '../../institutional/types';

/**
 * One control of a program (pause, resume, close year, reassign, withdraw). Disabled when it
 * makes no sense in the current state (the API would answer 409). `data-testid="control-<signal>"`.
 */
export const ControlButton = ({
  name,
  icon,
  enabled,
  color = 'primary',
  onOpen,
}: {
  name: ProgramSignal;
  icon: ReactNode;
  enabled: boolean;
  color?: 'primary' | 'error';
  onOpen: (name: ProgramSignal) => void;
}) => {
  const translate = useTranslate();
  return (
    <Button size="small" color={color} startIcon={icon} disabled={!enabled} onClick={() => onOpen(name)} data-testid={`control-${name}`}>
      {translate(`mentorflow.controls.${name}.button`)}
    </Button>
  );
};
