import { Button, CircularProgress, DialogActions } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useTranslate } from 'react-admin';

interface WizardActionsProps {
  /** 0 setup, 1 assign, 2 confirm, 3 start. */
  step: number;
  canPropose: boolean;
  planning: boolean;
  /** Mentors balanced by the API (the first step proposes) rather than chosen by hand. */
  balanced: boolean;
  /** How many programs would start: none, nothing to confirm. */
  toStart: number;
  running: boolean;
  finished: boolean;
  onClose: () => void;
  onStep: (step: number) => void;
  onPropose: () => void;
  onStart: () => void;
  onStop: () => void;
}

/** The cohort wizard's buttons: what each step lets one do next. */
export const WizardActions = ({
  step,
  canPropose,
  planning,
  balanced,
  toStart,
  running,
  finished,
  onClose,
  onStep,
  onPropose,
  onStart,
  onStop,
}: WizardActionsProps) => {
  const translate = useTranslate();
  return (
    <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
      {step < 3 && (
        <Button onClick={onClose} data-testid="cohort-cancel">
          {translate('ra.action.cancel')}
        </Button>
      )}
      {(step === 1 || step === 2) && (
        <Button onClick={() => onStep(step - 1)} data-testid="cohort-back">
          {translate('mentorflow.cohort.back')}
        </Button>
      )}
      {step === 0 && (
        <Button
          variant="contained"
          onClick={onPropose}
          disabled={!canPropose}
          startIcon={planning ? <CircularProgress size={16} color="inherit" /> : undefined}
          data-testid="cohort-next"
        >
          {translate(balanced ? 'mentorflow.cohort.propose' : 'mentorflow.cohort.next')}
        </Button>
      )}
      {step === 1 && (
        <Button variant="contained" onClick={() => onStep(2)} disabled={toStart === 0} data-testid="cohort-next">
          {translate('mentorflow.cohort.next')}
        </Button>
      )}
      {step === 2 && (
        <Button variant="contained" color="primary" startIcon={<PlayArrowIcon />} onClick={onStart} data-testid="cohort-confirm-start">
          {translate('mentorflow.cohort.start', { smart_count: toStart })}
        </Button>
      )}
      {step === 3 && running && (
        <Button onClick={onStop} data-testid="cohort-stop">
          {translate('mentorflow.cohort.stop')}
        </Button>
      )}
      {finished && (
        <Button variant="contained" onClick={onClose} data-testid="cohort-close">
          {translate('ra.action.close')}
        </Button>
      )}
    </DialogActions>
  );
};
