import { Box, Button } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { ListButton, Show, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { Role } from '../auth/roles';
import { AdvocacyControls } from '../advocacy/controls/AdvocacyControls';
import { AdvocacyProgramPage } from '../advocacy/show/AdvocacyProgramPage';
import { asAdvocacyProgram, isAdvocacyProgram } from '../advocacy/types';
import { useRecordLoadErrorHandler } from '../common/useRecordLoadErrorHandler';
import type { ProgramRecord } from '../institutional/types';
import { ProgramControls } from './controls/ProgramControls';
import { ProgramDocumentsPanel } from '../documents/ProgramDocumentsPanel';
import { ComparisonTable } from './show/ComparisonTable';
import { GradesRadar } from './show/GradesRadar';
import { HistoryList } from './show/HistoryList';
import { OpenTasksPanel } from './show/OpenTasksPanel';
import { PlanPanel } from './show/PlanPanel';
import { ProgramSummary } from './show/ProgramSummary';
import { ReadModelBanner } from './show/ReadModelBanner';
import { StageStepper } from './show/StageStepper';
import { VisitsPanel } from './show/VisitsPanel';
import { WhatsNextPanel } from './show/WhatsNextPanel';
import { YearResultsTable } from './show/YearResultsTable';

/** The workflow in Temporal's Web UI (every program is deep-linked). */
const TemporalLink = () => {
    const program = useRecordContext<ProgramRecord>();
    const translate = useTranslate();
    const { permissions } = usePermissions<Role>();
    // The Web UI has no login and lists every CSO's workflow (the API sends the link to these roles only).
    if (!program?.temporalUiUrl || (permissions !== 'admin' && permissions !== 'program_manager')) return null;
    return (
        <Button
            size="small"
            href={program.temporalUiUrl}
            target="_blank"
            rel="noopener noreferrer"
            endIcon={<OpenInNewIcon />}
            data-testid="open-in-temporal"
        >
            {translate('mentorflow.onboarding.open_in_temporal')}
        </Button>
    );
};

const ProgramActions = () => {
    const program = useRecordContext<ProgramRecord>();
    return (
        <TopToolbar sx={{ flexWrap: 'wrap' }}>
            {isAdvocacyProgram(program) ? <AdvocacyControls /> : <ProgramControls />}
            <TemporalLink />
            <ListButton />
        </TopToolbar>
    );
};

const ProgramTitle = () => {
    const program = useRecordContext<ProgramRecord>();
    return <>{program?.organizationName ?? ''}</>;
};

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
const ProgramPage = () => {
    const program = useRecordContext<ProgramRecord>();
    if (!program) return null;
    if (isAdvocacyProgram(program)) {
        return (
            <>
                <ReadModelBanner error={program.readModelError} />
                <AdvocacyProgramPage program={asAdvocacyProgram(program)} />
            </>
        );
    }
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
        </Box>
    );
};

/**
 * A program: where it stands this year, its tasks, plan, visits and grades, and (for
 * program managers) the controls. Re-read every 30 s: timers in the workflow move it too.
 */
export const ProgramShow = () => {
    const onError = useRecordLoadErrorHandler();
    return (
        <Show
            title={<ProgramTitle />}
            actions={<ProgramActions />}
            queryOptions={{ onError, refetchInterval: 30_000 }}
        >
            <ProgramPage />
        </Show>
    );
};
