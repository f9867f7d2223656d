import { Alert, Box, Button, CircularProgress, Divider, Paper, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Title, useGetOne, useTranslate } from 'react-admin';
import { FinalPlanBadge } from '../chips';
import type { PresentationData } from '../domain';
import { PlanView } from '../plan/PlanView';
import { versionNumbered } from '../plan/versions';
import type { AdvocacyProgramRecord } from '../types';
import { useFormatDate } from '../../common/useFormatDate';
import { PrintStyles } from './PrintStyles';

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <TableRow>
    <TableCell component="th" sx={{ width: '34%', color: 'text.secondary', fontWeight: 500, pl: 0 }}>
      {label}
    </TableCell>
    <TableCell>{children}</TableCell>
  </TableRow>
);

/**
 * The final (locked) advocacy plan as a printable document: `#/programs/:id/final-plan`.
 * On screen it sits in the console with "Back" and "Print" (window.print()); printed, only
 * the document remains, sized for A4. `data-testid="final-plan-document"`.
 */
export const FinalPlanPage = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { data, isPending, error } = useGetOne<AdvocacyProgramRecord>('programs', { id }, { enabled: !!id });
  const live = data?.live;
  const final = versionNumbered(live?.planVersions, live?.finalPlanVersion);
  const presentation = live?.tasks.find((t) => t.type === 'presentation' && t.status === 'completed')?.data as PresentationData | undefined;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }} data-testid="final-plan-page">
      <Title title={translate('mentorflow.advocacy.final.title')} />
      <PrintStyles />
      <Box data-print="hide" sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to={`/programs/${id}/show`} startIcon={<ArrowBackIcon />} data-testid="final-plan-back">
          {translate('mentorflow.advocacy.final.back')}
        </Button>
        <Button
          variant="contained"
          startIcon={<PrintIcon />}
          onClick={() => window.print()}
          disabled={!final}
          data-testid="print-final-plan"
        >
          {translate('mentorflow.advocacy.final.print')}
        </Button>
      </Box>
      {isPending ? (
        <CircularProgress />
      ) : error || !data ? (
        <Alert severity="error">{translate('ra.notification.item_doesnt_exist')}</Alert>
      ) : data.type !== 'advocacy' ? (
        <Alert severity="info">{translate('mentorflow.advocacy.final.not_advocacy')}</Alert>
      ) : live === null ? (
        <Alert severity="warning">{translate('mentorflow.programs.live_unavailable')}</Alert>
      ) : !final ? (
        <Alert severity="info" data-testid="final-plan-missing">
          {translate('mentorflow.advocacy.final.not_final')}
        </Alert>
      ) : (
        <Paper
          variant="outlined"
          data-testid="final-plan-document"
          data-version={final.version}
          sx={{ maxWidth: '210mm', mx: 'auto', p: { xs: 2, sm: '14mm' }, boxSizing: 'border-box', bgcolor: '#fff', color: '#000' }}
        >
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 2 }}>
            <Box>
              <Typography variant="overline" color="text.secondary">
                {translate('mentorflow.advocacy.final.kicker')}
              </Typography>
              <Typography variant="h4" component="h1" sx={{ fontWeight: 700, fontSize: '1.9rem' }}>
                {data.organizationName}
              </Typography>
            </Box>
            <FinalPlanBadge version={final.version} />
          </Box>
          <Table size="small" sx={{ mt: 2, mb: 1, '& td, & th': { borderBottom: 0, py: 0.25 } }}>
            <TableBody>
              <Row label={translate('mentorflow.advocacy.final.version')}>
                {translate('mentorflow.advocacy.versions.version', { version: final.version })}
              </Row>
              <Row label={translate('mentorflow.advocacy.final.approved')}>{final.review ? formatDate(final.review.at) : '—'}</Row>
              <Row label={translate('mentorflow.advocacy.final.locked')}>{formatDate(live?.planLockedAt)}</Row>
              {presentation && (
                <Row label={translate('mentorflow.advocacy.final.presented')}>
                  {formatDate(presentation.date)} · {presentation.audience.join(', ')}
                </Row>
              )}
              <Row label={translate('resources.programs.fields.mentorId')}>{data.mentorName}</Row>
            </TableBody>
          </Table>
          <Divider sx={{ mb: 1 }} />
          <PlanView plan={final.plan} document testId="final-plan-view" />
          {final.review?.comments && (
            <Box sx={{ mt: 3, breakInside: 'avoid' }}>
              <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
                {translate('mentorflow.advocacy.final.review_comments')}
              </Typography>
              <Typography variant="body2" sx={{ fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>
                {final.review.comments}
              </Typography>
            </Box>
          )}
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 4 }}>
            {translate('mentorflow.advocacy.final.footer', { date: formatDate(live?.planLockedAt) })}
          </Typography>
        </Paper>
      )}
    </Box>
  );
};
