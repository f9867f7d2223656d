import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  Link,
  MenuItem,
  TableCell,
  TableRow,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { StepTable } from '../StepTable';
import type { CohortPlan, ProgramType } from '../types';
import type { CohortRow } from './state';
import { cohortTexts } from './useCohortType';
import { usePeople } from './usePeople';

interface AssignStepProps {
  type: ProgramType;
  /** The type's name (a designed type's own). */
  typeName: string;
  rows: CohortRow[];
  plan: CohortPlan;
  onChange: (organizationId: string, mentorId: string) => void;
}

/** Each organization with its mentor (from the balanced plan or chosen here), and the mentors' loads. */
export const AssignStep = ({ type, typeName, rows, plan, onChange }: AssignStepProps) => {
  const translate = useTranslate();
  // Only the people who mentor this program type (their user record's program types).
  const { people: mentors, isPending } = usePeople('mentor', type);
  // On a phone each row is the CSO with its mentor's select under it (two columns cut both).
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const alreadyRunning = rows.filter((row) => row.alreadyRunning).length;
  // A designed type's name reads in sentences of their own.
  const texts = cohortTexts(type);
  const current = new Map(plan.loads.map((load) => [load.mentorId, load.programs]));
  // The plan's loads already count its own proposal: start from what runs today.
  const proposed = new Map<string, number>();
  for (const a of plan.assignments) if (a.mentorId) proposed.set(a.mentorId, (proposed.get(a.mentorId) ?? 0) + 1);
  const cohort = new Map<string, number>();
  for (const row of rows) if (row.mentorId) cohort.set(row.mentorId, (cohort.get(row.mentorId) ?? 0) + 1);
  const running = (id: string) => (current.get(id) ?? 0) - (proposed.get(id) ?? 0);
  const unassigned = rows.filter((row) => !row.mentorId && !row.alreadyRunning).length;
  // Until the mentors are there the selects would show no name for the proposed mentor (and
  // offer no choice): wait for them, as the confirmation does.
  if (isPending) return <LinearProgress data-testid="cohort-assign-loading" />;
  const mentorSelect = (row: CohortRow) => (
    <TextField
      select
      size="small"
      variant="outlined"
      fullWidth
      value={row.mentorId}
      disabled={!!row.alreadyRunning}
      onChange={(event) => onChange(row.organizationId, event.target.value)}
      slotProps={{
        select: {
          displayEmpty: true,
          SelectDisplayProps: { 'data-testid': 'cohort-row-mentor' } as object,
        },
      }}
    >
      <MenuItem value="">
        <em>{translate('mentorflow.cohort.no_mentor')}</em>
      </MenuItem>
      {mentors.map((mentor) => (
        <MenuItem key={mentor.id} value={mentor.id}>
          {mentor.fullName}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="cohort-assign">
      <Box>
        <Typography variant="subtitle2" gutterBottom>
          {translate('mentorflow.cohort.loads')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid="cohort-loads">
          {mentors.map((mentor) => {
            const added = cohort.get(mentor.id) ?? 0;
            const total = running(mentor.id) + added;
            const over = plan.limit != null && total > plan.limit;
            return (
              <Chip
                key={mentor.id}
                size="small"
                color={over ? 'warning' : added ? 'primary' : 'default'}
                variant={added ? 'filled' : 'outlined'}
                label={translate('mentorflow.cohort.load', {
                  name: mentor.fullName,
                  running: running(mentor.id),
                  added,
                })}
                data-testid="cohort-load"
              />
            );
          })}
        </Box>
        {plan.limit != null && (
          <Typography variant="caption" color="text.secondary">
            {translate('mentorflow.cohort.limit', { limit: plan.limit })}
          </Typography>
        )}
      </Box>
      {!isPending && mentors.length === 0 && (
        <Alert severity="error" data-testid="cohort-no-type-mentors">
          {translate(texts.no_type_mentors, { type: typeName })}
        </Alert>
      )}
      {alreadyRunning > 0 && (
        <Alert severity="warning" data-testid="cohort-already-running" data-count={alreadyRunning}>
          {translate(texts.already_running_alert, { smart_count: alreadyRunning, type: typeName })}
        </Alert>
      )}
      {unassigned > 0 && (
        <Alert severity="warning" data-testid="cohort-unassigned">
          {translate('mentorflow.cohort.unassigned', { smart_count: unassigned })}
        </Alert>
      )}
      <StepTable
        maxHeight={360}
        columns={[
          { label: translate('resources.programs.fields.organizationName') },
          ...(isPhone ? [] : [{ label: translate('resources.programs.fields.mentorId'), sx: { width: 280 } }]),
        ]}
      >
        {rows.map((row) => (
          <TableRow
            key={row.organizationId}
            data-testid="cohort-row"
            data-mentor={row.mentorId || undefined}
            data-running={row.alreadyRunning ? 'true' : 'false'}
          >
            <TableCell sx={{ overflowWrap: 'anywhere' }}>
              {row.organizationName}
              {row.alreadyRunning && (
                <Box sx={{ mt: 0.5 }}>
                  <Chip
                    size="small"
                    color="warning"
                    // Wraps rather than cutting the sentence on a phone.
                    sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
                    label={translate(texts.already_running, { type: typeName })}
                    data-testid="cohort-row-running"
                  />{' '}
                  <Link href={`#/programs/${row.alreadyRunning}/show`} target="_blank" rel="noopener" variant="caption">
                    {translate('mentorflow.cohort.open_program')}
                  </Link>
                </Box>
              )}
              {isPhone && <Box sx={{ mt: 1 }}>{mentorSelect(row)}</Box>}
              {row.reason && (
                <Typography variant="caption" color="warning.main" sx={{ display: 'block' }}>
                  {row.reason}
                </Typography>
              )}
            </TableCell>
            {!isPhone && <TableCell>{mentorSelect(row)}</TableCell>}
          </TableRow>
        ))}
      </StepTable>
    </Box>
  );
};
