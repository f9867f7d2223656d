import { Alert, Box, Chip, LinearProgress, Link as MuiLink, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { StepTable } from '../StepTable';
import type { CohortRow } from './state';
import type { StartProgress } from './useCohortStart';

/** "Starting 15 / 42" with a determinate bar, then what started and what did not (and why). */
export const StartStep = ({ progress, rows }: { progress: StartProgress; rows: CohortRow[] }) => {
  const translate = useTranslate();
  const names = new Map(rows.map((row) => [row.organizationId, row.organizationName]));
  const started = progress.results.filter((result) => result.ok).length;
  const failed = progress.results.length - started;
  const value = progress.total ? (progress.done / progress.total) * 100 : 0;
  // Failures first: they are what the manager has to act on.
  const ordered = [...progress.results].sort((a, b) => Number(a.ok) - Number(b.ok));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="cohort-start">
      <Box data-testid="cohort-progress" data-done={progress.done} data-total={progress.total} data-running={progress.running}>
        <Typography variant="body2" sx={{ mb: 1 }} data-testid="cohort-progress-text">
          {translate(progress.running ? 'mentorflow.cohort.starting' : 'mentorflow.cohort.finished', {
            done: progress.done,
            total: progress.total,
          })}
        </Typography>
        <LinearProgress variant="determinate" value={value} sx={{ height: 8, borderRadius: 4 }} />
      </Box>
      {!progress.running && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} data-testid="cohort-summary">
          <Alert
            severity={failed ? 'warning' : 'success'}
            sx={{ flex: 1 }}
            data-testid="cohort-summary-text"
            data-started={started}
            data-failed={failed}
          >
            {translate('mentorflow.cohort.summary', { started, failed })}
            {progress.stopped && ` ${translate('mentorflow.cohort.stopped')}`}
          </Alert>
        </Box>
      )}
      {progress.results.length > 0 && (
        <StepTable
          maxHeight={340}
          columns={[
            { label: translate('resources.programs.fields.organizationName') },
            { label: translate('mentorflow.cohort.result') },
            { label: translate('mentorflow.cohort.message') },
          ]}
          testId="cohort-results"
        >
          {ordered.map((result) => (
            <TableRow key={result.organizationId} data-testid="cohort-result-row" data-ok={result.ok}>
              <TableCell>
                {result.ok && result.programId ? (
                  <MuiLink component={Link} to={`/programs/${result.programId}/show`}>
                    {names.get(result.organizationId) ?? result.organizationId}
                  </MuiLink>
                ) : (
                  (names.get(result.organizationId) ?? result.organizationId)
                )}
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={result.ok ? 'success' : 'error'}
                  label={translate(result.ok ? 'mentorflow.cohort.started' : 'mentorflow.cohort.not_started')}
                />
              </TableCell>
              <TableCell>
                <Typography variant="body2" color={result.ok ? 'text.secondary' : 'error'}>
                  {result.message ? translate(result.message, { _: result.message }) : ''}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </StepTable>
      )}
    </Box>
  );
};
