/** Configuration snapshot given to each advocacy mentorship at start. Durations are milliseconds. */
export interface AdvocacyConfig {
  version: number;
  /** A mentor follows at most this many advocacy CSOs (the program document: 3-5). */
  mentorLimit: number;
  durations: {
    needsAssessmentDue: number;
    curriculumDue: number;
    trainingDue: number;
    issueWorkshopDue: number;
    planDraftingDue: number;
    planReviewDue: number;
    presentationDue: number;
    checkinDue: number;
    /** Implementation support lasts this long after the plan is final... */
    implementationLength: number;
    /** ...with a check-in task this often. */
    checkinCadence: number;
  };
}

const DAY = 24 * 60 * 60 * 1000;

export const DEFAULT_ADVOCACY_CONFIG: AdvocacyConfig = {
  version: 1,
  mentorLimit: 5,
  durations: {
    needsAssessmentDue: 21 * DAY,
    curriculumDue: 21 * DAY,
    trainingDue: 30 * DAY,
    issueWorkshopDue: 30 * DAY,
    planDraftingDue: 30 * DAY,
    planReviewDue: 10 * DAY,
    presentationDue: 21 * DAY,
    checkinDue: 10 * DAY,
    implementationLength: 180 * DAY,
    checkinCadence: 30 * DAY,
  },
};
