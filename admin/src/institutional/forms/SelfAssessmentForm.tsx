import { pathResolver } from '../../common/fieldPaths';
import { DateListInput } from '../../common/forms/DateListInput';
import { LongTextInput } from '../../common/forms/LongTextInput';
import type { InstitutionalConfig, SelfAssessmentData } from '../domain';
import { useConfigText } from '../useConfigText';
import { elementGradeRedirect, emptyGrades, gradesPayload, strengthsAndAreas, trimmed } from './gradeValues';
import { SelfAssessmentGrades } from './GradesSections';
import { ParticipantsInput } from './ParticipantsInput';
import { Section } from '../../tasks/forms/Section';
import { TaskForm } from '../../tasks/forms/TaskForm';
import { ElementMemberGrades } from '../../cso/grading/ElementMemberGrades';
import { MemberGradesPanel } from '../../cso/grading/MemberGradesPanel';
import { useMemberGrading } from '../../cso/grading/useMemberGrading';
import type { FormValues, TaskFormPageProps } from '../../tasks/forms/types';

/** The participatory session's days: two by default, up to five. */
const sessionDayLabels = { add: 'mentorflow.self_assessment.add_date', date: 'mentorflow.self_assessment.session_date' };

type Values = FormValues;

const emptyValues = (config: InstitutionalConfig): Values => ({
  sessionDates: ['', ''],
  participants: [0, 1, 2].map(() => ({ name: '', position: '' })),
  ...emptyGrades(config, { strengths: '', improvementAreas: '' }),
  genderObservations: '',
});

const toPayload =
  (config: InstitutionalConfig) =>
  (values: Values): SelfAssessmentData => ({
    sessionDates: (values.sessionDates ?? []).map((d: unknown) => (d ? String(d) : '')),
    participants: (values.participants ?? []).map((p: Values | null) => ({
      name: trimmed(p?.name),
      position: trimmed(p?.position),
    })),
    ...(gradesPayload(config, values, strengthsAndAreas) as Pick<SelfAssessmentData, 'elements' | 'principles'>),
    genderObservations: trimmed(values.genderObservations),
  });

const resolvePath = pathResolver({
  inputs: [
    /^sessionDates\.\d+$/,
    /^participants\.\d+\.(name|position)$/,
    /^elements\.\w+\.(grade|strengths|improvementAreas)$/,
    /^principles\.\w+$/,
    /^genderObservations$/,
  ],
  arrays: ['sessionDates', 'participants'],
  redirects: [elementGradeRedirect],
});

/**
 * The yearly self-assessment: session dates, participants, a grade with strengths and
 * improvement potential for each of the 10 elements, the 5 principles, gender observations.
 */
export const SelfAssessmentForm = ({ task, readOnly, config }: TaskFormPageProps) => {
  const text = useConfigText(config);
  const initialValues = (task.data as Values | null) ?? emptyValues(text.config);
  // The CSO members' own grades (participatory self-assessment, issue 12), beside each element.
  const summary = useMemberGrading(task.programId, task.year).data?.summary;
  return (
    <TaskForm task={task} readOnly={readOnly} initialValues={initialValues} toPayload={toPayload(text.config)} resolvePath={resolvePath}>
      <Section title="mentorflow.self_assessment.session" testId="section-session">
        <DateListInput source="sessionDates" readOnly={readOnly} labels={sessionDayLabels} addTestId="add-session-date" width={240} />
      </Section>
      <Section
        title="mentorflow.self_assessment.participants"
        help="mentorflow.self_assessment.participants_intro"
        testId="section-participants"
      >
        <MemberGradesPanel programId={task.programId} year={task.year} editable={!readOnly} />
        <ParticipantsInput readOnly={readOnly} />
      </Section>
      <SelfAssessmentGrades
        text={text}
        elementsHelp="mentorflow.self_assessment.elements_help"
        renderAside={(kind, slug) => <ElementMemberGrades stats={summary?.[kind][slug]} testId={`member-grades-${slug}`} />}
      />
      <Section title="mentorflow.self_assessment.gender" testId="section-gender">
        <LongTextInput
          source="genderObservations"
          label="mentorflow.self_assessment.gender_observations"
          maxLength={8000}
          helperText="mentorflow.self_assessment.gender_help"
        />
      </Section>
    </TaskForm>
  );
};
