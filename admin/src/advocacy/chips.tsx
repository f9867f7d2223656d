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
 * Each kind of key: its colors, which keys are filled (the others outlined), its test id and
 * the attribute that names the key.
 */
const KINDS = {
  review_outcome: {
    colors: REVIEW_COLORS,
    filled: (key: string) => key !== 'pending',
    testId: 'review-outcome',
    attribute: 'data-decision',
  },
  indicator_status: {
    colors: INDICATOR_COLORS,
    filled: (key: string) => key === 'achieved',
    testId: 'indicator-status',
    attribute: 'data-status',
  },
} as const;

const KindChip = ({ kind, value }: { kind: keyof typeof KINDS; value: string }) => {
  const { colors, filled, testId, attribute } = KINDS[kind];
  return (
    <ColorKeyChip
      value={value}
      prefix={`mentorflow.advocacy.${kind}`}
      colors={colors}
      variant={filled(value) ? 'filled' : 'outlined'}
      data-testid={testId}
      {...{ [attribute]: value }}
    />
  );
};

/**
 * A draft's review outcome: "Approved", "Changes requested" or "Awaiting review".
 * `data-testid="review-outcome"` with `data-decision` approve | request_changes | pending.
 */
export const ReviewOutcomeChip = ({ decision }: { decision: string | null | undefined }) => (
  <KindChip kind="review_outcome" value={decision ?? 'pending'} />
);

/** not started / in progress / achieved (/ not reported, in the outcome). */
export const IndicatorStatusChip = ({ status }: { status: string }) => <KindChip kind="indicator_status" value={status} />;

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
