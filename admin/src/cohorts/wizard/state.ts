import type { ProgramType } from '../types';

type AssignMode = 'balanced' | 'by_hand';

/** The wizard's first step. */
export interface CohortSetup {
  type: ProgramType;
  mode: AssignMode;
  genderExpertId: string;
  /** YYYY-MM-DD */
  startDate: string;
  years: number;
  /** Advocacy: start even where the mentor is at the configured limit. */
  override: boolean;
}

/** One organization of the cohort and the mentor it will start with. */
export interface CohortRow {
  organizationId: string;
  organizationName: string;
  mentorId: string;
  /** Why the plan left it without a mentor (e.g. every mentor at the limit). */
  reason?: string;
  /** Id of the program of this type it already runs: it cannot start another one. */
  alreadyRunning?: string;
}

export type SetupErrors = Partial<Record<keyof CohortSetup, string>>;

/** `needs`: what the chosen type asks for (useCohortType). */
export const validateSetup = (setup: CohortSetup, needs: { genderExpert: boolean; years: boolean }): SetupErrors => {
  const errors: SetupErrors = {};
  if (needs.genderExpert && !setup.genderExpertId) errors.genderExpertId = 'ra.validation.required';
  if (needs.years && (!Number.isInteger(setup.years) || setup.years < 1 || setup.years > 5)) {
    errors.years = 'mentorflow.cohort.years_range';
  }
  return errors;
};

/** Requests of at most this many programs, so the progress bar moves and a failure costs little. */
export const CHUNK_SIZE = 5;
