/** Valid task payloads for the institutional program, to be varied by tests. */
import { ELEMENTS, PRINCIPLES } from '../../workflows/institutional/model';
import type {
  GenderPlanReviewData,
  GenderReportData,
  ImprovementPlanData,
  ReEvaluationData,
  SelfAssessmentData,
} from '../../workflows/institutional/task-data';

export function selfAssessment(grade = 2): SelfAssessmentData {
  return {
    sessionDates: ['2027-01-10', '2027-01-11'],
    participants: [
      { name: 'Ayten Yılmaz', position: 'Board chair' },
      { name: 'Burak Demir', position: 'Coordinator' },
      { name: 'Cemile Aksoy', position: 'Volunteer' },
    ],
    elements: Object.fromEntries(
      ELEMENTS.map((e, i) => [e, { grade: ((grade + i) % 5) + 1, strengths: `Strengths in ${e}`, improvementAreas: `Improve ${e}` }]),
    ) as SelfAssessmentData['elements'],
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p, grade])) as SelfAssessmentData['principles'],
    genderObservations: 'Women are under-represented on the board.',
  };
}

export function genderReport(genderPlanRequired = true): GenderReportData {
  return {
    findings: 'Decision making is male-dominated; no gender-disaggregated data.',
    recommendations: 'Adopt a gender equality policy; collect disaggregated data.',
    mainstreamingLevel: 'initial',
    genderPlanRequired,
  };
}

export function improvementPlan(): ImprovementPlanData {
  return {
    items: [
      {
        element: 'strategic_planning',
        studyType: 'strategic_planning',
        title: 'Write a three-year strategic plan',
        priority: 'high',
        targetDate: '2027-06-30',
        principles: ['participation', 'sustainability'],
        genderMarker: 1,
      },
      {
        element: 'partnerships',
        studyType: 'stakeholder_analysis',
        title: 'Map stakeholders and allies',
        priority: 'medium',
        targetDate: '2027-04-30',
        principles: ['benefit'],
        genderMarker: 0,
      },
      {
        element: 'governance',
        studyType: 'gender_mainstreaming',
        title: 'Adopt a gender equality policy',
        priority: 'high',
        targetDate: '2027-05-31',
        principles: ['transparency', 'accountability'],
        genderMarker: 2,
      },
      {
        element: 'resources',
        studyType: 'financial_procedures',
        title: 'Written financial procedures',
        priority: 'low',
        targetDate: '2027-09-30',
        principles: ['accountability'],
        genderMarker: 0,
      },
    ],
  };
}

export function genderPlanReview(): GenderPlanReviewData {
  return { progress: 'on_track', notes: 'Policy drafted, board vote pending.', recommendations: 'Train the board.' };
}

export function reEvaluation(grade = 4): ReEvaluationData {
  return {
    elements: Object.fromEntries(ELEMENTS.map((e) => [e, { grade, notes: `Progress on ${e}` }])) as ReEvaluationData['elements'],
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p, grade])) as ReEvaluationData['principles'],
    notes: 'Clear progress in planning and governance.',
  };
}

/** Short durations (ms) so a whole year runs in seconds on the real dev server. */
export const FAST = {
  yearLength: 60_000,
  selfAssessmentDue: 60_000,
  genderReportDue: 60_000,
  improvementPlanDue: 60_000,
  genderPlanReviewDue: 60_000,
  reEvaluationDue: 60_000,
  noContactReminder: 60_000,
  visitCadence: 60_000,
};

const HOUR = 3_600_000;

/** For browser tests: long enough that nothing expires while the test types; the year still ends within the test's day. */
export const WHILE_TYPING = {
  ...FAST,
  yearLength: 20 * HOUR,
  selfAssessmentDue: HOUR,
  genderReportDue: HOUR,
  improvementPlanDue: HOUR,
  noContactReminder: HOUR,
  visitCadence: 2 * HOUR,
};
