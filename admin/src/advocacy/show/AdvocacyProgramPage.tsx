import { Box } from '@mui/material';
import { HistoryList } from '../../programs/show/HistoryList';
import { OpenTasksPanel } from '../../programs/show/OpenTasksPanel';
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

const twoColumns = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 3fr)' },
  alignItems: 'start',
};

/**
 * An advocacy mentorship: where it stands (stepper), the outcome once completed, what is
 * waiting, the plan's versions with their reviews, the check-ins and the history.
 */
export const AdvocacyProgramPage = ({ program }: { program: AdvocacyProgramRecord }) => {
  // The shared panels read only what both programs have (id, tasks, history, people).
  const shared = program as unknown as ProgramRecord;
  return (
    <Box
      sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}
      data-testid="program-page"
      data-program-type="advocacy"
      data-status={program.live?.status ?? program.status}
    >
      <AdvocacySummary program={program} />
      <AdvocacyStepper program={program} />
      <OutcomePanel program={program} />
      <Box sx={twoColumns}>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <WhatsNextPanel live={program.live} durations={program.config?.durations} startDate={program.startDate} />
          <OpenTasksPanel program={shared} />
          <NeedsPanel program={program} />
        </Box>
        <PlanVersionsPanel program={program} />
      </Box>
      <Box sx={{ ...twoColumns, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' } }}>
        <CheckinsPanel program={program} />
        <HistoryList program={shared} />
      </Box>
      <CsoProgramSection program={program} />
    </Box>
  );
};
