import { CONTACT_MODES, ELEMENTS, PRINCIPLES, STUDY_TYPES } from '../../workflows/institutional/model';

/*
 * The program reports' answers from their counted figures, whichever way they were counted (the
 * API from the running totals; the totals test's full recount from every row).
 */

export type Row = Record<string, string | number | null>;
export const n = (v: unknown) => Number(v ?? 0);
const byKey = (rows: Row[], key: string, value: string, keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, n(rows.find((r) => r[key] === k)?.[value])]));

const withFound = (known: readonly string[], rows: Row[]) => [...new Set([...known, ...rows.map((r) => String(r.study_type))])];

type Grade = { kind: string; element: string; avg: string };

/** What the institutional report is made from: the counts of one year, by key. */
export interface InstitutionalCounts {
  year: number;
  scope: { organizations: number; mentors: number; programs: number };
  visitRows: Row[];
  taskRows: Row[];
  itemRows: Row[];
  studyRows: Row[];
  plannedStudyRows: Row[];
  genderPlans: number;
  grades: Grade[];
  gradedCounts: { self: number; re: number; paired: number } | undefined;
  pairedGrades: Grade[];
  events: Row;
}

export function institutionalReport(c: InstitutionalCounts) {
  const { year, scope, visitRows, taskRows, itemRows, studyRows, plannedStudyRows, grades, gradedCounts, pairedGrades, events } = c;
  const status = byKey(itemRows, 'status', 'n', ['planned', 'in_progress', 'done', 'dropped']);
  const planned = status.planned + status.in_progress + status.done + status.dropped;
  const counted = planned - status.dropped;
  const visitsByMode = byKey(visitRows, 'mode', 'n', CONTACT_MODES);
  const tasks = byKey(taskRows, 'type', 'n', [
    'self_assessment',
    'gender_report',
    'improvement_plan',
    'gender_plan_review',
    're_evaluation',
  ]);
  const avg = (kind: string, rows = grades) =>
    Object.fromEntries(
      ELEMENTS.map((e) => {
        const g = rows.find((r) => r.kind === kind && r.element === e);
        return [e, g ? Math.round(Number(g.avg) * 100) / 100 : null];
      }),
    );
  return {
    year,
    organizations: scope.organizations,
    mentors: scope.mentors,
    programs: scope.programs,
    visits: { total: Object.values(visitsByMode).reduce((a, b) => a + b, 0), byMode: visitsByMode },
    selfAssessments: tasks.self_assessment,
    genderReports: tasks.gender_report,
    improvementPlans: tasks.improvement_plan,
    reEvaluations: tasks.re_evaluation,
    // Study types added in the configuration appear beside the model's own.
    studiesByType: byKey(studyRows, 'study_type', 'n', withFound(STUDY_TYPES, plannedStudyRows)),
    plannedStudiesByType: byKey(plannedStudyRows, 'study_type', 'n', withFound(STUDY_TYPES, plannedStudyRows)),
    improvements: {
      planned,
      inProgress: status.in_progress,
      notStarted: status.planned,
      implemented: status.done,
      dropped: status.dropped,
      /** implemented / (planned - dropped), as the institutional program defines it */
      implementationRate: counted > 0 ? Math.round((status.done / counted) * 1000) / 1000 : null,
    },
    genderPlans: c.genderPlans,
    genderPlanReviews: tasks.gender_plan_review,
    peerLearning: { meetings: n(events.meetings), workshops: n(events.workshops), attendances: n(events.attendances) },
    gradesByElement: {
      selfAssessment: avg('self_assessment'),
      reEvaluation: avg('re_evaluation'),
      /** How many graded forms each average is over. */
      counts: { selfAssessment: n(gradedCounts?.self), reEvaluation: n(gradedCounts?.re) },
      /** The programs with both in this year: their self-assessment and re-evaluation averages. */
      paired: {
        programs: n(gradedCounts?.paired),
        selfAssessment: avg('self_assessment', pairedGrades),
        reEvaluation: avg('re_evaluation', pairedGrades),
      },
    },
    principles: PRINCIPLES,
  };
}

/** The advocacy report from its totals (`r`), programs by stage and CSOs per mentor. */
export function advocacyReport(r: Row, stages: Row[], perMentor: Row[]) {
  return {
    programs: n(r.programs),
    organizations: n(r.organizations),
    mentors: n(r.mentors),
    plansDeveloped: n(r.plans_developed),
    plansFinalised: n(r.plans_finalised),
    completed: n(r.completed),
    withdrawn: n(r.withdrawn),
    checkins: n(r.checkins),
    byStage: Object.fromEntries(stages.map((s) => [s.stage, n(s.n)])),
    csosPerMentor: Object.fromEntries(perMentor.map((m) => [m.mentor, n(m.n)])),
  };
}
