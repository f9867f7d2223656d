import type { ChipProps } from '@mui/material';

export interface Onboarding {
  workflowId: string;
  status: string;
  temporalUiUrl?: string | null;
}

/**
 * The API reports the Temporal workflow status (e.g. "RUNNING", "COMPLETED").
 * Normalised to a translation key under mentorflow.onboarding.status.
 */
export const onboardingStatusKey = (onboarding: Onboarding | null | undefined): string => {
  if (!onboarding?.status) return 'not_started';
  const status = onboarding.status.toLowerCase().replace(/^workflow_execution_status_/, '');
  return status === 'canceled' ? 'cancelled' : status;
};

export const ONBOARDING_COLORS: Record<string, ChipProps['color']> = {
  pending: 'info',
  running: 'info',
  completed: 'success',
  continued_as_new: 'success',
  failed: 'error',
  terminated: 'error',
  timed_out: 'error',
  cancelled: 'warning',
};

/** Still moving: worth re-reading the record until it settles. */
export const isOnboardingActive = (onboarding: Onboarding | null | undefined): boolean =>
  ['pending', 'running'].includes(onboardingStatusKey(onboarding));
