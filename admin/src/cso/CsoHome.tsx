import { Box, Card, CardActionArea, CardContent, Chip, CircularProgress, Typography } from '@mui/material';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { getUser } from '../auth/session';
import { QueryError } from '../dashboard/QueryError';
import { csoProgramPath } from './paths';
import { useProgramLine } from './useProgramLine';

interface ProgramRow {
  id: string;
  type: string;
  stage: string;
  status: string;
  year: number;
  years: number;
  mentorName: string | null;
  organizationName: string;
  openTaskCount?: number;
}

/**
 * A CSO member's start page: their organisation's programs, one card each (phone first).
 * The API lists only their own organisation's programs.
 */
export const CsoHome = () => {
  const translate = useTranslate();
  const programLine = useProgramLine();
  const { identity } = useGetIdentity();
  const organizationName = getUser()?.organizationName ?? '';
  const { data, isPending, error, refetch } = useGetList<ProgramRow>('programs', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  return (
    <Box sx={{ p: { xs: 1.5, sm: 3 }, maxWidth: 880 }} data-testid="cso-home">
      <Title title={translate('mentorflow.cso.home.title')} />
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
        {translate('mentorflow.cso.home.hello', { name: identity?.fullName ?? '' })}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2 }} data-testid="cso-organization">
        {translate('mentorflow.cso.home.intro', { organization: organizationName })}
      </Typography>
      {isPending ? (
        <CircularProgress size={28} />
      ) : error ? (
        <QueryError error={error} onRetry={() => refetch()} testId="cso-home-error" />
      ) : data.length === 0 ? (
        <Typography color="text.secondary">{translate('mentorflow.cso.home.none')}</Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          {data.map((program) => (
            <Card key={program.id} variant="outlined" data-testid="cso-program-card" data-program-id={program.id}>
              <CardActionArea component={Link} to={csoProgramPath(program.id)}>
                <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                    <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                      {translate(`mentorflow.program_types.${program.type}`, { _: program.type })}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {programLine(program)}
                    </Typography>
                    {program.status !== 'active' && (
                      <Chip
                        size="small"
                        sx={{ mt: 0.5 }}
                        label={translate(`mentorflow.program_status.${program.status}`, { _: program.status })}
                      />
                    )}
                  </Box>
                  <ChevronRightIcon color="action" />
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
        </Box>
      )}
    </Box>
  );
};
