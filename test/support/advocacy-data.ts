/** Valid advocacy task payloads, to be varied by tests. */
import type {
  AdvocacyPlan,
  CheckinData,
  CurriculumData,
  IssueWorkshopData,
  NeedsAssessmentData,
  PresentationData,
  TrainingData,
} from '../../workflows/advocacy/task-data';

export const needs = (): NeedsAssessmentData => ({
  needs: [
    { id: 'N1', description: 'Research skills for evidence-based advocacy' },
    { id: 'N2', description: 'Knowing the legal mechanisms to influence local policy' },
  ],
  priorities: 'Access to social services for Roma families',
  constituencies: ['Roma families in the municipality'],
  levels: ['local', 'national'],
});

export const curriculum = (): CurriculumData => ({
  modules: [
    { title: 'Research for advocacy', topics: ['Data sources', 'Surveys'], hours: 6, needIds: ['N1'] },
    { title: 'Legal mechanisms', topics: ['Public consultations', 'Petitions'], hours: 4, needIds: ['N2'] },
  ],
});

export const training = (): TrainingData => ({
  dates: ['2027-02-01', '2027-02-02'],
  attendees: [
    { name: 'Ana Petrović', position: 'Director' },
    { name: 'Marko Ilić', position: 'Project officer' },
  ],
  modulesDelivered: ['Research for advocacy', 'Legal mechanisms'],
});

export const workshop = (): IssueWorkshopData => ({
  date: '2027-03-01',
  participants: [
    { name: 'Ana Petrović', position: 'Director' },
    { name: 'Jelena Kovač', position: 'Volunteer' },
  ],
  issuesConsidered: ['School enrolment', 'Social housing'],
  chosenIssue: 'School enrolment of Roma children',
  rationale: 'Highest impact, data available, allies in the school board',
  researchEvidence: 'Municipal enrolment statistics 2024-2026',
});

export const plan = (goal = 'All Roma children in the municipality are enrolled in primary school by 2029'): AdvocacyPlan => ({
  goal,
  objectives: ['Municipal enrolment campaign adopted', 'Free school transport for remote settlements'],
  targetDecisionMakers: ['Mayor', 'Municipal council education committee'],
  allies: ['School board', 'Local ombudsperson'],
  opponents: ['Budget committee'],
  keyMessages: ['Every child in school'],
  activities: [{ title: 'Public consultation submission', start: '2027-04-01', end: '2027-04-30' }],
  indicators: ['Campaign adopted by council', 'Transport budget line created'],
  legalMechanisms: ['Public consultation', 'Citizens’ initiative'],
  risks: ['Elections delay council sessions'],
});

export const presentation = (): PresentationData => ({
  date: '2027-05-15',
  audience: ['Board', 'Staff', 'School board representative'],
  feedback: 'Plan endorsed; add a media activity later.',
});

export const checkin = (status: 'in_progress' | 'achieved' = 'in_progress'): CheckinData => ({
  activitiesDone: 'Submitted to the public consultation',
  obstacles: 'Council session postponed',
  nextSteps: 'Meet the education committee',
  indicatorProgress: [
    { indicator: 0, status },
    { indicator: 1, status: 'not_started' },
  ],
});

/** Short durations (ms) for tests. */
export const FAST = {
  needsAssessmentDue: 60_000,
  curriculumDue: 60_000,
  trainingDue: 60_000,
  issueWorkshopDue: 60_000,
  planDraftingDue: 60_000,
  planReviewDue: 60_000,
  presentationDue: 60_000,
  checkinDue: 60_000,
  implementationLength: 60_000,
  checkinCadence: 60_000,
};
