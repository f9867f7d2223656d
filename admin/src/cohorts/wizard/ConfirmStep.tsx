import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../../dashboard/format';
import type { CohortRow, CohortSetup } from './state';
import { usePeople } from './usePeople';

/** The last look before anything starts. */
export const ConfirmStep = ({ setup, rows }: { setup: CohortSetup; rows: CohortRow[] }) => {
    const translate = useTranslate();
    const formatDate = useFormatDate();
    const { people: experts } = usePeople('gender_expert');
    const toStart = rows.filter(row => row.mentorId).length;
    const skipped = rows.length - toStart;
    const expert = experts.find(person => person.id === setup.genderExpertId)?.fullName;
    const line = (label: string, value: string) => (
        <Typography variant="body2">
            <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
                {label}:
            </Box>
            {value}
        </Typography>
    );
    return (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="cohort-confirm">
            <Typography variant="h6" component="p">
                {translate('mentorflow.cohort.confirm_title', {
                    smart_count: toStart,
                    type: translate(`mentorflow.program_types.${setup.type}`),
                })}
            </Typography>
            {line(translate('mentorflow.cohort.mentors'), translate(`mentorflow.cohort.${setup.mode}`))}
            {setup.type === 'institutional' && line(translate('resources.programs.fields.genderExpertId'), expert ?? '—')}
            {line(
                translate('resources.programs.fields.startDate'),
                setup.startDate ? formatDate(`${setup.startDate}T12:00:00`) : translate('mentorflow.cohort.today')
            )}
            {setup.type === 'institutional' && line(translate('resources.programs.fields.years'), String(setup.years))}
            {skipped > 0 && <Alert severity="warning">{translate('mentorflow.cohort.unassigned', { smart_count: skipped })}</Alert>}
            <Alert severity="info">{translate('mentorflow.cohort.confirm_help')}</Alert>
        </Box>
    );
};
