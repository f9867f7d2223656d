import { ColorKeyChip, type ChipColor as Color } from '../programs/ColorKeyChip';

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

/** Each kind of key: its texts (`mentorflow.<kind>.<key>`), colors, test id and outline. */
const KINDS = {
  stages: { colors: STAGE_COLORS, testId: 'stage-chip', variant: 'outlined' },
  program_status: { colors: STATUS_COLORS, testId: 'program-status' },
  task_status: { colors: STATUS_COLORS, testId: 'task-status', variant: 'outlined' },
  plan_status: { colors: PLAN_COLORS, testId: 'plan-item-status' },
} as const satisfies Record<string, { colors: Record<string, Color>; testId: string; variant?: 'outlined' }>;

const KindChip = ({ kind, value }: { kind: keyof typeof KINDS; value?: string | null }) => {
  const { colors, testId, ...chip } = KINDS[kind];
  return <ColorKeyChip value={value} prefix={`mentorflow.${kind}`} colors={colors} data-testid={testId} data-value={value} {...chip} />;
};

/** A program's stage, e.g. "Improvement plan". */
export const StageChip = ({ stage }: { stage?: string | null }) => <KindChip kind="stages" value={stage} />;

/** active / paused / withdrawn / completed. */
export const ProgramStatusChip = ({ status }: { status?: string | null }) => <KindChip kind="program_status" value={status} />;

/** open / completed / cancelled. */
export const TaskStatusChip = ({ status }: { status?: string | null }) => <KindChip kind="task_status" value={status} />;

/** planned / in progress / done / dropped. */
export const PlanStatusChip = ({ status }: { status?: string | null }) => <KindChip kind="plan_status" value={status} />;
