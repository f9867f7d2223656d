import {
  ADVOCACY_WORKFLOW,
  advocacyWorkflowId,
  type AdvocacyMentorshipInput,
  type AdvocacySnapshot,
} from '../../workflows/advocacy/contract';
import { checkAdvocacyDurations } from '../program-config/durations.validation';
import { builtInInput, type BuiltInProgramType } from './program-type';

/** The advocacy mentorship (one year, no gender expert, a limit of CSOs per mentor). */
export const ADVOCACY_TYPE: BuiltInProgramType = {
  genderExpert: 'none',
  async starter(req, deps) {
    const config = await deps.configs.current('advocacy');
    return {
      config,
      years: 1,
      firstStage: 'needs_assessment',
      workflowType: ADVOCACY_WORKFLOW,
      workflowId: advocacyWorkflowId,
      genderExpertId: null,
      templateVersionId: null,
      mentorLimit: config.mentorLimit,
      auditDetails: { configVersion: config.version },
      input: (programId: string): AdvocacyMentorshipInput => ({ ...builtInInput(req, deps, programId), config }),
    };
  },
  async taskContext(t, { tasks, liveState }) {
    const program = t.program!;
    const live = (await liveState(program)) as AdvocacySnapshot | null;
    const needs = await tasks.findOne({ where: { programId: t.programId, type: 'needs_assessment', status: 'completed' } });
    return {
      config: program.config,
      needs: needs?.data ?? null,
      planVersions: live?.planVersions ?? null,
      finalPlanVersion: live?.finalPlanVersion ?? null,
      planLockedAt: live?.planLockedAt ?? null,
    };
  },
  genderExpertTasks: { works: [], readsCompleted: [] },
  signals: { closeYear: null, closeStage: false, mentorLimit: true, genderExpert: false },
  config: { model: false, mentorLimit: true, durationRelations: checkAdvocacyDurations },
  report: () => '/reports/advocacy',
};
