import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

type Color = ChipProps['color'];

const STAGE_COLORS: Record<string, Color> = {
  self_assessment: 'info',
  gender_report: 'secondary',
  improvement_plan: 'primary',
  implementation: 'success',
  re_evaluation: 'warning',
  completed: 'success',
  withdrawn: 'default',
};

const STATUS_COLORS: Record<string, Color> = {
  active: 'success',
  paused: 'warning',
  withdrawn: 'default',
  completed: 'primary',
  open: 'info',
  cancelled: 'default',
};

const PLAN_COLORS: Record<string, Color> = {
  planned: 'default',
  in_progress: 'info',
  done: 'success',
  dropped: 'warning',
};

interface KeyChipProps {
  value?: string | null;
  prefix: string;
  colors: Record<string, Color>;
  variant?: ChipProps['variant'];
  testId?: string;
}

const KeyChip = ({ value, prefix, colors, variant = 'filled', testId }: KeyChipProps) => {
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={colors[value] ?? 'default'}
      variant={variant}
      label={translate(`mentorflow.${prefix}.${value}`, { _: value })}
      data-testid={testId}
      data-value={value}
    />
  );
};

/** A program's stage, e.g. "Improvement plan". */
export const StageChip = ({ stage }: { stage?: string | null }) => (
  <KeyChip value={stage} prefix="stages" colors={STAGE_COLORS} variant="outlined" testId="stage-chip" />
);

/** active / paused / withdrawn / completed. */
export const ProgramStatusChip = ({ status }: { status?: string | null }) => (
  <KeyChip value={status} prefix="program_status" colors={STATUS_COLORS} testId="program-status" />
);

/** open / completed / cancelled. */
export const TaskStatusChip = ({ status }: { status?: string | null }) => (
  <KeyChip value={status} prefix="task_status" colors={STATUS_COLORS} variant="outlined" testId="task-status" />
);

/** planned / in progress / done / dropped. */
export const PlanStatusChip = ({ status }: { status?: string | null }) => (
  <KeyChip value={status} prefix="plan_status" colors={PLAN_COLORS} testId="plan-item-status" />
);
