/** GET /api/reports/institutional?year=N and GET /api/reports/advocacy. */
export interface InstitutionalReport {
  year: number;
  organizations: number;
  mentors: number;
  programs: number;
  visits: { total: number; byMode: Record<string, number> };
  selfAssessments: number;
  genderReports: number;
  improvementPlans: number;
  reEvaluations: number;
  studiesByType: Record<string, number>;
  plannedStudiesByType: Record<string, number>;
  improvements: {
    planned: number;
    inProgress: number;
    notStarted: number;
    implemented: number;
    dropped: number;
    /** implemented / (planned - dropped), 0..1; null when nothing was planned */
    implementationRate: number | null;
  };
  genderPlans: number;
  genderPlanReviews: number;
  peerLearning: { meetings: number; workshops: number; attendances: number };
  gradesByElement: {
    selfAssessment: Record<string, number | null>;
    reEvaluation: Record<string, number | null>;
    /** How many graded forms each average is over. */
    counts: { selfAssessment: number; reEvaluation: number };
    /** The programs that have both this year, averaged over exactly those. */
    paired: { programs: number; selfAssessment: Record<string, number | null>; reEvaluation: Record<string, number | null> };
  };
}

export interface AdvocacyReport {
  programs: number;
  organizations: number;
  mentors: number;
  plansDeveloped: number;
  plansFinalised: number;
  completed: number;
  withdrawn: number;
  checkins: number;
  byStage: Record<string, number>;
  csosPerMentor: Record<string, number>;
}

export type ReportKind = 'institutional' | 'advocacy';
