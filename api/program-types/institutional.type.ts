import { INSTITUTIONAL_WORKFLOW, institutionalWorkflowId, type InstitutionalProgramInput } from '../../workflows/institutional/contract';
import type { InstitutionalTaskType } from '../../workflows/institutional/model';
import type { GenderReportData, SelfAssessmentData } from '../../workflows/institutional/task-data';
import { checkInstitutionalDurations } from '../program-config/durations.validation';
import type { Task } from '../tasks/task.entity';
import { builtInInput, type BuiltInProgramType, type TaskContextDeps } from './program-type';

/** The institutional capacity-building program (years, a gender expert, close-year in implementation). */
export const INSTITUTIONAL_TYPE: BuiltInProgramType = {
  genderExpert: 'required',
  async starter(req, deps) {
    const { dto } = req;
    const config = await deps.configs.current('institutional');
    const years = dto.years ?? 2;
    return {
      config,
      years,
      firstStage: 'self_assessment',
      workflowType: INSTITUTIONAL_WORKFLOW,
      workflowId: institutionalWorkflowId,
      genderExpertId: dto.genderExpertId!,
      templateVersionId: null,
      mentorLimit: null,
      auditDetails: { configVersion: config.version },
      input: (programId: string): InstitutionalProgramInput => ({
        ...builtInInput(req, deps, programId),
        genderExpertId: dto.genderExpertId!,
        years,
        config,
      }),
    };
  },
  taskContext: institutionalContext,
  genderExpertTasks: { works: ['gender_report', 'gender_plan_review'], readsCompleted: ['self_assessment'] },
  signals: { closeYear: { stage: 'implementation' }, closeStage: false, mentorLimit: false, genderExpert: true },
  config: { model: true, mentorLimit: false, durationRelations: checkInstitutionalDurations },
  report: () => '/reports/institutional',
};

/**
 * What a form needs besides the task: the program's config and what the task builds on,
 * shown read-only beside its fields (the gender report: the self-assessment; the improvement
 * plan: the improvement areas per element and the gender recommendations; the re-evaluation:
 * this year's grades).
 */
async function institutionalContext(t: Task, { tasks, improvements }: TaskContextDeps) {
  const program = t.program!;
  const ofType = (type: InstitutionalTaskType) =>
    tasks.findOne({ where: { programId: t.programId, year: t.year, type, status: 'completed' }, order: { completedAt: 'DESC' } });
  const needsSelf = t.type === 're_evaluation' || t.type === 'gender_report' || t.type === 'improvement_plan';
  const self = needsSelf ? await ofType('self_assessment') : null;
  const selfData = self?.data as unknown as SelfAssessmentData | undefined;
  const report = t.type === 'improvement_plan' || t.type === 'gender_plan_review' ? await ofType('gender_report') : null;
  const reportData = report?.data as unknown as GenderReportData | undefined;
  const planItems =
    t.type === 'gender_plan_review' || t.type === 're_evaluation'
      ? await improvements.find({ where: { programId: t.programId, year: t.year }, order: { position: 'ASC' } })
      : [];
  return {
    config: program.config,
    previousGrades: selfData
      ? {
          elements: Object.fromEntries(Object.entries(selfData.elements).map(([k, v]) => [k, v.grade])),
          principles: selfData.principles,
        }
      : null,
    genderPlanRequired: reportData?.genderPlanRequired ?? false,
    planItems,
    selfAssessment:
      selfData && self
        ? {
            taskId: self.id,
            completedAt: self.completedAt,
            sessionDates: selfData.sessionDates,
            participants: selfData.participants,
            genderObservations: selfData.genderObservations,
            elements: Object.fromEntries(
              Object.entries(selfData.elements).map(([k, v]) => [
                k,
                // The improvement plan builds on the areas to improve; the gender report on the grades.
                t.type === 'improvement_plan' ? { grade: v.grade, improvementAreas: v.improvementAreas } : { grade: v.grade },
              ]),
            ),
            principles: selfData.principles,
          }
        : null,
    genderReport:
      reportData && report
        ? {
            taskId: report.id,
            completedAt: report.completedAt,
            recommendations: reportData.recommendations,
            mainstreamingLevel: reportData.mainstreamingLevel,
            genderPlanRequired: reportData.genderPlanRequired,
          }
        : null,
  };
}
