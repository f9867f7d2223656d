import type { ReEvaluationData, SelfAssessmentData } from '../domain';
import type { Grades, ProgramRecord } from '../types';

export interface GradeSeries {
  key: string;
  kind: 'self_assessment' | 're_evaluation';
  year: number;
  grades: Grades;
}

const gradesOf = (data: SelfAssessmentData | ReEvaluationData | null | undefined): Grades | null => {
  if (!data?.elements || !data.principles) return null;
  const elements = Object.fromEntries(
    Object.entries(data.elements).map(([slug, e]) => [slug, (e as { grade: number }).grade]),
  ) as Grades['elements'];
  return { elements, principles: { ...data.principles } };
};

/**
 * Year 1's self-assessment (the baseline) and every re-evaluation since: closed years
 * from yearResults, the current year from the live state's completed tasks.
 */
export const gradeSeries = (program: ProgramRecord): GradeSeries[] => {
  const results = program.live?.yearResults ?? program.yearResults ?? [];
  const tasks = program.live?.tasks ?? [];
  const completed = (type: string, year: number) =>
    tasks.find((t) => t.type === type && t.year === year && t.status === 'completed')?.data as
      SelfAssessmentData | ReEvaluationData | undefined;

  const series: GradeSeries[] = [];
  const baseline = results.find((r) => r.year === 1)?.selfAssessment ?? gradesOf(completed('self_assessment', 1));
  if (baseline) series.push({ key: 'sa1', kind: 'self_assessment', year: 1, grades: baseline });

  const years = new Set<number>();
  for (const r of results) if (r.reEvaluation) years.add(r.year);
  for (const t of tasks) if (t.type === 're_evaluation' && t.status === 'completed') years.add(t.year);
  for (const year of [...years].sort((a, b) => a - b)) {
    const grades = results.find((r) => r.year === year)?.reEvaluation ?? gradesOf(completed('re_evaluation', year));
    if (grades) series.push({ key: `re${year}`, kind: 're_evaluation', year, grades });
  }
  return series;
};
