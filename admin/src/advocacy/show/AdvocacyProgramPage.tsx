import { HistoryList } from '../../programs/show/HistoryList';
import { OpenTasksPanel } from '../../programs/show/OpenTasksPanel';
import { Columns, Panels, ProgramPage } from '../../programs/show/ProgramPageLayout';
import type { ProgramRecord } from '../../institutional/types';
import type { AdvocacyProgramRecord } from '../types';
import { AdvocacyStepper } from './AdvocacyStepper';
import { AdvocacySummary } from './AdvocacySummary';
import { CheckinsPanel } from './CheckinsPanel';
import { NeedsPanel } from './NeedsPanel';
import { OutcomePanel } from './OutcomePanel';
import { PlanVersionsPanel } from './PlanVersionsPanel';
import { WhatsNextPanel } from '../../programs/show/WhatsNextPanel';
import { CsoProgramSection } from '../../cso/staff/CsoProgramSection';

/**
 * An advocacy mentorship: where it stands (stepper), the outcome once completed, what is
 * waiting, the plan's versions with their reviews, the check-ins and the history.
 */
export const AdvocacyProgramPage = ({ program }: { program: AdvocacyProgramRecord }) => {
  // The shared panels read only what both programs have (id, tasks, history, people).
  const shared = program as unknown as ProgramRecord;
  return (
    <ProgramPage data-program-type="advocacy" data-status={program.live?.status ?? program.status}>
      <AdvocacySummary program={program} />
      <AdvocacyStepper program={program} />
      <OutcomePanel program={program} />
      <Columns ratio={[2, 3]}>
        <Panels>
          <WhatsNextPanel live={program.live} durations={program.config?.durations} startDate={program.startDate} />
          <OpenTasksPanel programId={program.id} />
          <NeedsPanel program={program} />
        </Panels>
        <PlanVersionsPanel program={program} />
      </Columns>
      <Columns>
        <CheckinsPanel program={program} />
        <HistoryList program={shared} />
      </Columns>
      <CsoProgramSection program={program} />
    </ProgramPage>
  );
};
