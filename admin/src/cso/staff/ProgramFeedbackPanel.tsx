import { useTranslate } from 'react-admin';
import { Panel } from '../../programs/show/Panel';
import { useFeedback } from '../program/useMyFeedback';
import { QueryContent } from '../QueryContent';
import { FeedbackList } from './FeedbackList';

/** The members' ratings of the support on this program (mentor, program manager, admin). */
export const ProgramFeedbackPanel = ({ programId }: { programId: string }) => {
  const translate = useTranslate();
  const feedback = useFeedback(programId);
  return (
    <Panel title={translate('mentorflow.cso.staff.feedback')} testId="program-feedback">
      <QueryContent query={feedback} empty={{ when: (data) => data.length === 0, text: translate('mentorflow.cso.staff.feedback_none') }}>
        {(data) => <FeedbackList feedback={data} />}
      </QueryContent>
    </Panel>
  );
};
