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
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
      {item.status === 'planned' ? (
        <Button
          size="small"
          startIcon={busy ? spinner : <PlayArrowIcon />}
          onClick={onStart}
          disabled={disabled || busy}
          data-testid="plan-item-start"
        >
          {translate('mentorflow.plan.start')}
        </Button>
      ) : (
        <Button
          size="small"
          color="success"
          startIcon={busy ? spinner : <DoneIcon />}
          onClick={onDone}
          disabled={disabled || busy}
          data-testid="plan-item-done"
        >
          {translate('mentorflow.plan.done')}
        </Button>
      )}
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
