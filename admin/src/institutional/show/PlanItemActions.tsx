import { Button, CircularProgress, Stack } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import DoneIcon from '@mui/icons-material/Done';
import BlockIcon from '@mui/icons-material/Block';
import { useTranslate } from 'react-admin';
import type { PlanItem } from '../types';

interface PlanItemActionsProps {
  item: PlanItem;
  busy: boolean;
  disabled: boolean;
  onStart: () => void;
  onDone: () => void;
  onDrop: () => void;
}

/** planned -> in progress -> done; planned or in progress -> dropped (asks for a reason). */
export const PlanItemActions = ({ item, busy, disabled, onStart, onDone, onDrop }: PlanItemActionsProps) => {
  const translate = useTranslate();
  if (item.status !== 'planned' && item.status !== 'in_progress') return null;
  const spinner = <CircularProgress size={14} color="inherit" />;
  const next =
    item.status === 'planned'
      ? { name: 'start', color: 'primary' as const, icon: <PlayArrowIcon />, onClick: onStart }
      : { name: 'done', color: 'success' as const, icon: <DoneIcon />, onClick: onDone };
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
      {/* A planned item is started; one in progress is done. */}
      <Button
        size="small"
        color={next.color}
        startIcon={busy ? spinner : next.icon}
        onClick={next.onClick}
        disabled={disabled || busy}
        data-testid={`plan-item-${next.name}`}
      >
        {translate(`mentorflow.plan.${next.name}`)}
      </Button>
      <Button
        size="small"
        color="warning"
        startIcon={<BlockIcon />}
        onClick={onDrop}
        disabled={disabled || busy}
        data-testid="plan-item-drop"
      >
        {translate('mentorflow.plan.drop')}
      </Button>
    </Stack>
  );
};
