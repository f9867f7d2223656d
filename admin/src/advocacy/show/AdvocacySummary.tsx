import { Alert, Box, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ProgramStatusChip, StageChip } from '../../institutional/chips';
import { FinalPlanBadge } from '../chips';
import type { AdvocacyProgramRecord } from '../types';
import { useFormatDate } from '../useFormatDate';

const Fact = ({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) => (
    <Box data-testid={testId}>
        <Typography variant="caption" color="text.secondary" component="div">
            {label}
        </Typography>
        <Box sx={{ typography: 'body2' }}>{children}</Box>
    </Box>
);

/** Who, since when, where the plan stands; and why the program isn't moving when it isn't. */
export const AdvocacySummary = ({ program }: { program: AdvocacyProgramRecord }) => {
    const translate = useTranslate();
    const formatDate = useFormatDate();
    const status = program.live?.status ?? program.status;
    const stage = program.live?.stage ?? program.stage;
    const finalVersion = program.live?.finalPlanVersion ?? program.details?.finalPlanVersion ?? null;
    return (
        <Box>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 2 }}>
                <Typography
                    variant="h5"
                    component="h1"
                    sx={{ fontWeight: 600, fontSize: { xs: '1.3rem', sm: '1.5rem' }, overflowWrap: 'anywhere' }}
                >
                    {program.organizationName}
                </Typography>
                <ProgramStatusChip status={status} />
                {stage !== 'completed' && stage !== 'withdrawn' && <StageChip stage={stage} />}
                {finalVersion && <FinalPlanBadge version={finalVersion} />}
            </Box>
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                <Fact label={translate('resources.programs.fields.type')}>{translate('mentorflow.program_types.advocacy')}</Fact>
                <Fact label={translate('resources.programs.fields.organizationId')}>
                    <Link component={RouterLink} to={`/organizations/${program.organizationId}/show`}>
                        {program.organizationName}
                    </Link>
                </Fact>
                <Fact label={translate('resources.programs.fields.mentorId')} testId="program-mentor">
                    {program.mentorName}
                </Fact>
                <Fact label={translate('resources.programs.fields.startDate')}>{formatDate(program.startDate)}</Fact>
                <Fact label={translate('mentorflow.advocacy.summary.plan_locked')} testId="plan-locked-at">
                    {formatDate(program.live?.planLockedAt ?? program.details?.planLockedAt)}
                </Fact>
                <Fact label={translate('resources.programs.fields.configVersion')}>v{program.configVersion}</Fact>
            </Box>
            {program.live === null && (
                <Alert severity="warning" sx={{ mt: 2 }} data-testid="live-unavailable">
                    {translate('mentorflow.programs.live_unavailable')}
                </Alert>
            )}
            {status === 'paused' && (
                <Alert severity="warning" sx={{ mt: 2 }} data-testid="paused-alert">
                    {translate('mentorflow.programs.paused_since', { date: formatDate(program.live?.pausedAt) })}
                </Alert>
            )}
            {status === 'withdrawn' && (
                <Alert severity="error" sx={{ mt: 2 }} data-testid="withdrawn-alert">
                    {translate('mentorflow.programs.withdrawn', {
                        reason: program.live?.withdrawnReason ?? program.withdrawnReason ?? '—',
                    })}
                </Alert>
            )}
        </Box>
    );
};
