import { useTranslate } from 'react-admin';
import type { InstitutionalConfig } from '../../institutional/domain';
import type { TaskRecord } from '../../institutional/types';
import { useConfigText } from '../../institutional/useConfigText';
import {
  GenderObservationsBlock,
  GenderRecommendationsBlock,
  GradesBlock,
  ImprovementAreasBlock,
  NotYet,
  ParticipantsBlock,
  SelfAssessmentSource,
} from './ContextBlocks';

/** The gender report is written from the self-assessment session: its grades, observations and people. */
export const GenderReportContextPanel = ({ task, config }: { task: TaskRecord; config: InstitutionalConfig | undefined }) => {
  const translate = useTranslate();
  const text = useConfigText(config);
  const self = task.context?.selfAssessment;
  if (!self) return <NotYet />;
  return (
    <>
      <SelfAssessmentSource self={self} />
      <GenderObservationsBlock self={self} />
      <ParticipantsBlock self={self} />
      <GradesBlock self={self} text={text} title={translate('mentorflow.context.grades')} />
    </>
  );
};

/** The improvement plan builds on the improvement areas per element and the gender recommendations. */
export const ImprovementPlanContextPanel = ({ task, config }: { task: TaskRecord; config: InstitutionalConfig | undefined }) => {
  const text = useConfigText(config);
  const self = task.context?.selfAssessment;
  const report = task.context?.genderReport;
  if (!self && !report) return <NotYet />;
  return (
    <>
      {report && <GenderRecommendationsBlock report={report} />}
      {self && <SelfAssessmentSource self={self} />}
      {self && <ImprovementAreasBlock self={self} text={text} />}
    </>
  );
};

/** The re-evaluation grades again what the self-assessment graded. */
export const ReEvaluationContextPanel = ({ task, config }: { task: TaskRecord; config: InstitutionalConfig | undefined }) => {
  const translate = useTranslate();
  const text = useConfigText(config);
  const self = task.context?.selfAssessment;
  if (!self) return <NotYet />;
  return (
    <>
      <SelfAssessmentSource self={self} />
      <GradesBlock self={self} text={text} title={translate('mentorflow.context.last_grades')} />
    </>
  );
};
