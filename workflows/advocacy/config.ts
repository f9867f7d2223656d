const DAY = 24 * 60 * 60 * 1000;

/** The default of each duration (milliseconds); the keys are the durations a configuration has. */
const DEFAULT_DURATIONS = {
  needsAssessmentDue: 21 * DAY,
  curriculumDue: 21 * DAY,
  trainingDue: 30 * DAY,
  issueWorkshopDue: 30 * DAY,
  planDraftingDue: 30 * DAY,
  planReviewDue: 10 * DAY,
  presentationDue: 21 * DAY,
  checkinDue: 10 * DAY,
  /** Implementation support lasts this long after the plan is final... */
  implementationLength: 180 * DAY,
  /** ...with a check-in task this often. */
  checkinCadence: 30 * DAY,
};

/** Configuration snapshot given to each advocacy mentorship at start. Durations are milliseconds. */
export interface AdvocacyConfig {
  version: number;
  /** A mentor follows at most this many advocacy CSOs (the program document: 3-5). */
  mentorLimit: number;
  durations: Record<keyof typeof DEFAULT_DURATIONS, number>;
}

export const DEFAULT_ADVOCACY_CONFIG: AdvocacyConfig = { version: 1, mentorLimit: 5, durations: DEFAULT_DURATIONS };
