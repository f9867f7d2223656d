import { Alert, Box, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import { ProgramStatusChip, StageChip } from '../chips';
import type { ProgramRecord } from '../types';

const Fact = ({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) => (
    <Box data-testid={testId}>
        <Typography variant="caption" color="text.secondary" component="div">
            {label}
        </Typography>
        <Box sx={{ typography: 'body2' }}>{children}</Box>
    </Box>
);

const date = (value: string | null | undefined, locale: string) =>
    value
        ? new Date(value.length === 10 ? `${value}T00:00:00` : value).toLocaleDateString(
              locale === 'tr' ? 'tr-TR' : 'en-GB',
              { year: 'numeric', month: 'short', day: 'numeric' }
          )
        : '—';

/** Who, since when, where it stands; and why it isn't moving when it isn't. */
export const ProgramSummary = ({ program }: { program: ProgramRecord }) => {
    const translate = useTranslate();
    const locale = useLocale();
    const status = program.live?.status ?? program.status;
    const stage = program.live?.stage ?? program.stage;
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
                {/* "Completed" / "Withdrawn" are already said by the status. */}
                {stage !== 'completed' && stage !== 'withdrawn' && <StageChip stage={stage} />}
            </Box>
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                <Fact label={translate('resources.programs.fields.organizationId')}>
                    <Link component={RouterLink} to={`/organizations/${program.organizationId}/show`}>
                        {program.organizationName}
                    </Link>
                </Fact>
                <Fact label={translate('resources.programs.fields.mentorId')} testId="program-mentor">
                    {program.mentorName}
                </Fact>
                <Fact label={translate('resources.programs.fields.genderExpertId')} testId="program-gender-expert">
                    {program.genderExpertName ?? '—'}
                </Fact>
                <Fact label={translate('resources.programs.fields.startDate')}>{date(program.startDate, locale)}</Fact>
                <Fact label={translate('resources.programs.fields.lastContactAt')}>
                    {date(program.live?.lastContactAt ?? program.lastContactAt, locale)}
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
                    {translate('mentorflow.programs.paused_since', { date: date(program.live?.pausedAt, locale) })}
                </Alert>
            )}
            {status === 'withdrawn' && (
                <Alert severity="error" sx={{ mt: 2 }} data-testid="withdrawn-alert">
                    {translate('mentorflow.programs.withdrawn', {
                        reason: program.live?.withdrawnReason ?? program.withdrawnReason ?? '—',
                    })}
                </Alert>
            )}
            {status === 'completed' && (
                <Alert severity="success" sx={{ mt: 2 }}>
                    {translate('mentorflow.programs.completed')}
                </Alert>
            )}
        </Box>
    );
};
