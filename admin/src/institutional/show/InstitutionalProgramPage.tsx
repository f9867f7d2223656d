import { Box } from '@mui/material';
import { ProgramDocumentsPanel } from '../../documents/ProgramDocumentsPanel';
import type { ProgramRecord } from '../types';
import { ComparisonTable } from './ComparisonTable';
import { GradesRadar } from './GradesRadar';
import { HistoryList } from '../../programs/show/HistoryList';
import { OpenTasksPanel } from '../../programs/show/OpenTasksPanel';
import { PlanPanel } from './PlanPanel';
import { ProgramSummary } from './ProgramSummary';
import { ReadModelBanner } from '../../programs/show/ReadModelBanner';
import { StageStepper } from './StageStepper';
import { VisitsPanel } from './VisitsPanel';
import { WhatsNextPanel } from '../../programs/show/WhatsNextPanel';
import { YearResultsTable } from './YearResultsTable';
import { CsoProgramSection } from '../../cso/staff/CsoProgramSection';

const twoColumns = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
  alignItems: 'start',
};

/**
 * Where the year stands (stepper), what is waiting (open tasks) and how far the CSO came
 * (grades); then the plan in full width, the visits and the history.
 */
export const InstitutionalProgramPage = ({ program }: { program: ProgramRecord }) => {
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }} data-testid="program-page" data-status={program.status}>
      <ReadModelBanner error={program.readModelError} />
      <ProgramSummary program={program} />
      <StageStepper program={program} />
      <Box sx={twoColumns}>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <WhatsNextPanel
            live={program.live}
            durations={program.live?.stage === 'implementation' ? program.config?.durations : undefined}
            startDate={program.startDate}
            year={program.year}
          />
          <OpenTasksPanel program={program} />
          <YearResultsTable program={program} />
        </Box>
        <GradesRadar program={program} />
      </Box>
      <ComparisonTable program={program} />
      <PlanPanel program={program} />
      <Box sx={twoColumns}>
        <VisitsPanel program={program} />
        <HistoryList program={program} />
      </Box>
      <ProgramDocumentsPanel program={program} />
      <CsoProgramSection program={program} />
    </Box>
  );
};
