import { Box, Button, CircularProgress, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Title, useGetOne, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { PlanVersionsPanel } from '../../advocacy/show/PlanVersionsPanel';
import type { AdvocacyProgramRecord } from '../../advocacy/types';
import { QueryError } from '../../dashboard/QueryError';
import type { ProgramRecord } from '../../institutional/types';
import { FeedbackCard } from './FeedbackCard';
import { GenderReportCard } from './GenderReportCard';
import { MyTasksCard } from './MyTasksCard';
import { PlanCard } from './PlanCard';
import { UpcomingCard } from './UpcomingCard';
import { VisitsCard } from './VisitsCard';
import { useProgramLine } from '../useProgramLine';

/**
 * A program as its CSO member follows it (phone first, one column): what comes next, their
 * tasks, the improvement plan with "report progress", the visits (the shared summary, never the
 * mentor's internal notes), the gender report once shared, the advocacy plan's versions with
 * review comments, and their feedback on the support.
 */
export const CsoProgramPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const programLine = useProgramLine();
  const { data: program, isPending, error, refetch } = useGetOne<ProgramRecord>('programs', { id });
  const advocacy = program?.type === ('advocacy' as string);
  return (
    <Box sx={{ p: { xs: 1, sm: 3 }, maxWidth: 880, display: 'grid', gap: 1.5 }} data-testid="cso-program">
      <Title title={program ? translate(`mentorflow.program_types.${program.type}`) : translate('mentorflow.cso.home.title')} />
      <Box>
        <Button component={Link} to="/" size="small" startIcon={<ArrowBackIcon />}>
          {translate('mentorflow.cso.program.back')}
        </Button>
      </Box>
      {isPending ? (
        <CircularProgress size={28} />
      ) : error || !program ? (
        <QueryError error={error} onRetry={() => refetch()} testId="cso-program-error" />
      ) : (
        <>
          <Box>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
              {translate(`mentorflow.program_types.${program.type}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary" data-testid="cso-program-stage" data-stage={program.stage}>
              {programLine(program)}
            </Typography>
          </Box>
          <UpcomingCard programId={program.id} />
          <MyTasksCard program={program} />
          {advocacy ? (
            <PlanVersionsPanel program={program as unknown as AdvocacyProgramRecord} />
          ) : (
            <>
              <PlanCard program={program} />
              <GenderReportCard program={program} />
            </>
          )}
          <VisitsCard program={program} />
          <FeedbackCard program={program} />
        </>
      )}
    </Box>
  );
};
