import { Alert, Box, LinearProgress, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import { StepTable } from '../StepTable';
import type { CohortRow, CohortSetup } from './state';
import { cohortTexts, type CohortTypeInfo } from './useCohortType';
import { usePeople } from './usePeople';

/** The last look before anything starts. */
export const ConfirmStep = ({ setup, typeInfo, rows }: { setup: CohortSetup; typeInfo: CohortTypeInfo; rows: CohortRow[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  // The same queries as the earlier steps, so they come from react-admin's cache; the table
  // waits for them rather than ever showing a mentor's id in place of the name.
  const { people: experts, isPending: expertsPending } = usePeople('gender_expert');
  const { people: mentors, isPending: mentorsPending } = usePeople('mentor', setup.type);
  const mentorName = (id: string) => mentors.find((person) => person.id === id)?.fullName ?? '—';
  const toStart = rows.filter((row) => row.mentorId).length;
  // Those already running a program are named in the table; this counts the others left out.
  const skipped = rows.filter((row) => !row.mentorId && !row.alreadyRunning).length;
  const expert = experts.find((person) => person.id === setup.genderExpertId)?.fullName;
  const line = (label: string, value: string) => (
    <Typography variant="body2">
      <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
        {label}:
      </Box>
      {value}
    </Typography>
  );
  if (expertsPending || mentorsPending) return <LinearProgress data-testid="cohort-confirm-loading" />;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="cohort-confirm">
      <Typography variant="h6" component="p">
        {translate('mentorflow.cohort.confirm_title', {
          smart_count: toStart,
          type: typeInfo.name,
        })}
      </Typography>
      {typeInfo.version != null && line(translate('mentorflow.template_programs.version'), `v${typeInfo.version}`)}
      {line(translate('mentorflow.cohort.mentors'), translate(`mentorflow.cohort.${setup.mode}`))}
      {typeInfo.genderExpert && line(translate('resources.programs.fields.genderExpertId'), expert ?? '—')}
      {line(
        translate('resources.programs.fields.startDate'),
        setup.startDate ? formatDate(setup.startDate) : translate('mentorflow.cohort.today'),
      )}
      {typeInfo.years && line(translate('resources.programs.fields.years'), String(setup.years))}
      {/* Who gets which mentor, and who is left out and why. */}
      <StepTable
        maxHeight={280}
        columns={[
          { label: translate('resources.programs.fields.organizationName') },
          { label: translate('resources.programs.fields.mentorId') },
        ]}
        testId="cohort-confirm-table"
      >
        {rows.map((row) => (
          <TableRow key={row.organizationId} data-testid="cohort-confirm-row" data-mentor={row.mentorId || undefined}>
            <TableCell sx={{ wordBreak: 'break-word' }}>{row.organizationName}</TableCell>
            <TableCell sx={row.mentorId ? undefined : { color: 'warning.main' }}>
              {row.mentorId
                ? mentorName(row.mentorId)
                : row.alreadyRunning
                  ? translate(cohortTexts(setup.type).already_running, { type: typeInfo.name })
                  : translate('mentorflow.cohort.not_started')}
            </TableCell>
          </TableRow>
        ))}
      </StepTable>
      {skipped > 0 && <Alert severity="warning">{translate('mentorflow.cohort.unassigned', { smart_count: skipped })}</Alert>}
      <Alert severity="info">{translate('mentorflow.cohort.confirm_help')}</Alert>
    </Box>
  );
};
