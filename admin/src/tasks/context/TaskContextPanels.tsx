import type { ReactNode } from 'react';
import type { InstitutionalConfig } from '../../institutional/domain';
import type { SelfAssessmentContext, TaskRecord } from '../../institutional/types';
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

interface PanelProps {
  task: TaskRecord;
  config: InstitutionalConfig | undefined;
}

/**
 * A panel drawn from the self-assessment: where it came from, what `children` adds, then its
 * grades under `gradesTitle` (a translation key).
 */
const SelfAssessmentPanel = ({
  task,
  config,
  gradesTitle,
  children,
}: PanelProps & { gradesTitle: string; children?: (self: SelfAssessmentContext) => ReactNode }) => {
  const text = useConfigText(config);
  const self = task.context?.selfAssessment;
  if (!self) return <NotYet />;
  return (
    <>
      <SelfAssessmentSource self={self} />
      {children?.(self)}
      <GradesBlock self={self} text={text} title={gradesTitle} />
    </>
  );
};

/** The gender report is written from the self-assessment session: its grades, observations and people. */
export const GenderReportContextPanel = (props: PanelProps) => (
  <SelfAssessmentPanel {...props} gradesTitle="mentorflow.context.grades">
    {(self) => (
      <>
        <GenderObservationsBlock self={self} />
        <ParticipantsBlock self={self} />
      </>
    )}
  </SelfAssessmentPanel>
);

/** The improvement plan builds on the improvement areas per element and the gender recommendations. */
export const ImprovementPlanContextPanel = ({ task, config }: PanelProps) => {
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
export const ReEvaluationContextPanel = (props: PanelProps) => (
  <SelfAssessmentPanel {...props} gradesTitle="mentorflow.context.last_grades" />
);
