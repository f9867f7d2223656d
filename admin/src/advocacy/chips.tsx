import { Chip } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useTranslate } from 'react-admin';
import { ColorKeyChip, type ChipColor as Color } from '../programs/ColorKeyChip';

const REVIEW_COLORS: Record<string, Color> = {
  approve: 'success',
  request_changes: 'warning',
  pending: 'info',
};

const INDICATOR_COLORS: Record<string, Color> = {
  not_started: 'default',
  in_progress: 'info',
  achieved: 'success',
  not_reported: 'default',
};

/**
 * A draft's review outcome: "Approved", "Changes requested" or "Awaiting review".
 * `data-testid="review-outcome"` with `data-decision` approve | request_changes | pending.
 */
export const ReviewOutcomeChip = ({ decision }: { decision: string | null | undefined }) => {
  const value = decision ?? 'pending';
  return (
    <ColorKeyChip
      value={value}
      prefix="mentorflow.advocacy.review_outcome"
      colors={REVIEW_COLORS}
      variant={value === 'pending' ? 'outlined' : 'filled'}
      data-testid="review-outcome"
      data-decision={value}
    />
  );
};

/** not started / in progress / achieved (/ not reported, in the outcome). */
export const IndicatorStatusChip = ({ status }: { status: string }) => (
  <ColorKeyChip
    value={status}
    prefix="mentorflow.advocacy.indicator_status"
    colors={INDICATOR_COLORS}
    variant={status === 'achieved' ? 'filled' : 'outlined'}
    data-testid="indicator-status"
    data-status={status}
  />
);

/** "Final plan (locked)": the version presented and finalised; it can no longer change. */
export const FinalPlanBadge = ({ version }: { version?: number | null }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color="primary"
      icon={<LockIcon />}
      label={
        version ? translate('mentorflow.advocacy.final_plan_badge_version', { version }) : translate('mentorflow.advocacy.final_plan_badge')
      }
      data-testid="final-plan-badge"
    />
  );
};
