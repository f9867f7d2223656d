import type { ReactNode } from 'react';
import { Alert, Box, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ProgramStatusChip, StageChip } from '../../institutional/chips';

export interface HeaderFact {
  label: string;
  value: ReactNode;
  testId?: string;
}

const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <Box data-testid={testId}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Box sx={{ typography: 'body2' }}>{children}</Box>
  </Box>
);

/** The CSO's name (the page's heading) with the program's status and any other chips. */
export const ProgramTitle = ({ name, status, children }: { name: string; status: string; children?: ReactNode }) => (
  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 2 }}>
    <Typography variant="h5" component="h1" sx={{ fontWeight: 600, fontSize: { xs: '1.3rem', sm: '1.5rem' }, overflowWrap: 'anywhere' }}>
      {name}
    </Typography>
    <ProgramStatusChip status={status} />
    {children}
  </Box>
);

/** The facts of a program in a row that wraps: each a caption over its value. */
export const ProgramFacts = ({ facts, rowGap }: { facts: HeaderFact[]; rowGap?: number }) => (
  <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', rowGap }}>
    {facts.map((f) => (
      <Fact key={f.label} label={f.label} testId={f.testId}>
        {f.value}
      </Fact>
    ))}
  </Box>
);

/** The organisation, as a link to it. */
export const organizationFact = (program: { organizationId: string; organizationName: string }, label: string): HeaderFact => ({
  label,
  value: (
    <Link component={RouterLink} to={`/organizations/${program.organizationId}/show`}>
      {program.organizationName}
    </Link>
  ),
});

/**
 * The top of a program page: the CSO's name with status and stage chips, the facts of the
 * program (the organisation first, as a link), and why it isn't moving when it isn't (live
 * state unavailable, paused since, withdrawn with the reason, completed).
 */
export const ProgramHeader = ({
  program,
  status,
  stage,
  chips,
  facts,
  pausedSince,
  withdrawnReason,
}: {
  program: { organizationId: string; organizationName: string; live?: unknown };
  status: string;
  stage: string;
  chips?: ReactNode;
  facts: HeaderFact[];
  pausedSince: string;
  withdrawnReason: string;
}) => {
  const translate = useTranslate();
  return (
    <Box>
      <ProgramTitle name={program.organizationName} status={status}>
        {/* "Completed" / "Withdrawn" are already said by the status. */}
        {stage !== 'completed' && stage !== 'withdrawn' && <StageChip stage={stage} />}
        {chips}
      </ProgramTitle>
      <ProgramFacts facts={[organizationFact(program, translate('resources.programs.fields.organizationId')), ...facts]} />
      {program.live === null && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="live-unavailable">
          {translate('mentorflow.programs.live_unavailable')}
        </Alert>
      )}
      {status === 'paused' && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="paused-alert">
          {translate('mentorflow.programs.paused_since', { date: pausedSince })}
        </Alert>
      )}
      {status === 'withdrawn' && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="withdrawn-alert">
          {translate('mentorflow.programs.withdrawn', { reason: withdrawnReason })}
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
