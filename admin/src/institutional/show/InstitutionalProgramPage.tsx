import { ProgramDocumentsPanel } from '../../documents/ProgramDocumentsPanel';
import type { ProgramRecord } from '../types';
import { ComparisonTable } from './ComparisonTable';
import { GradesRadar } from './GradesRadar';
import { HistoryList } from '../../programs/show/HistoryList';
import { OpenTasksPanel } from '../../programs/show/OpenTasksPanel';
import { Columns, Panels, ProgramPage } from '../../programs/show/ProgramPageLayout';
import { PlanPanel } from './PlanPanel';
import { ProgramSummary } from './ProgramSummary';
import { ReadModelBanner } from '../../programs/show/ReadModelBanner';
import { StageStepper } from './StageStepper';
import { VisitsPanel } from './VisitsPanel';
import { WhatsNextPanel } from '../../programs/show/WhatsNextPanel';
import { YearResultsTable } from './YearResultsTable';
import { CsoProgramSection } from '../../cso/staff/CsoProgramSection';

/**
 * Where the year stands (stepper), what is waiting (open tasks) and how far the CSO came
 * (grades); then the plan in full width, the visits and the history.
 */
export const InstitutionalProgramPage = ({ program }: { program: ProgramRecord }) => {
  return (
    <ProgramPage data-status={program.status}>
      <ReadModelBanner error={program.readModelError} />
      <ProgramSummary program={program} />
      <StageStepper program={program} />
      <Columns>
        <Panels>
          <WhatsNextPanel
            live={program.live}
            durations={program.live?.stage === 'implementation' ? program.config?.durations : undefined}
            startDate={program.startDate}
            year={program.year}
          />
          <OpenTasksPanel programId={program.id} />
          <YearResultsTable program={program} />
        </Panels>
        <GradesRadar program={program} />
      </Columns>
      <ComparisonTable program={program} />
      <PlanPanel program={program} />
      <Columns>
        <VisitsPanel program={program} />
        <HistoryList program={program} />
      </Columns>
      <ProgramDocumentsPanel program={program} />
      <CsoProgramSection program={program} />
    </ProgramPage>
  );
};
