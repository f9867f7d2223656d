import { useQuery } from '@tanstack/react-query';
import { Box, Button, CircularProgress, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Title, useGetOne, useTranslate } from 'react-admin';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { QueryError } from '../../dashboard/QueryError';
import type { ProgramRecord } from '../../institutional/types';
import { getMemberGrading } from '../api';
import { csoProgramPath } from '../paths';
import { MemberGradingForm } from './MemberGradingForm';

/** `/cso/programs/:id/grading/:year`: the member's grading of the year's self-assessment. */
export const MemberGradingPage = () => {
  const { id = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const translate = useTranslate();
  const navigate = useNavigate();
  const program = useGetOne<ProgramRecord>('programs', { id });
  const state = useQuery({ queryKey: ['member-grading', id, year], queryFn: () => getMemberGrading(id, year), retry: false });
  const error = program.error ?? state.error;
  return (
    <Box sx={{ p: { xs: 1, sm: 3 }, maxWidth: 1100 }} data-testid="cso-grading">
      <Title title={translate('mentorflow.cso.grading.title', { year })} />
      <Button component={Link} to={csoProgramPath(id)} size="small" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {translate('mentorflow.cso.grading.back')}
      </Button>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
        {translate('mentorflow.cso.grading.title', { year })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('mentorflow.cso.grading.intro')}
      </Typography>
      {program.isPending || state.isPending ? (
        <CircularProgress size={28} />
      ) : error || !program.data || !state.data ? (
        <QueryError error={error} onRetry={() => void (program.refetch(), state.refetch())} testId="cso-grading-error" />
      ) : (
        <MemberGradingForm
          programId={id}
          year={year}
          config={program.data.config}
          state={state.data}
          onSaved={() => navigate(csoProgramPath(id))}
        />
      )}
    </Box>
  );
};
