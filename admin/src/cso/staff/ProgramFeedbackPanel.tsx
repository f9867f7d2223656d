import { Alert, Box, Rating, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import { EmptyText, Panel } from '../../programs/show/Panel';
import { errorMessage } from '../api';
import { useFeedback } from '../program/useMyFeedback';

/** The members' ratings of the support on this program (mentor, program manager, admin). */
export const ProgramFeedbackPanel = ({ programId }: { programId: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const locale = useLocale();
  const { data = [], error, isPending } = useFeedback(programId);
  const rated = data.filter((f) => typeof f.rating === 'number');
  const average = rated.length ? rated.reduce((sum, f) => sum + f.rating, 0) / rated.length : null;
  return (
    <Panel title={translate('mentorflow.cso.staff.feedback')} testId="program-feedback">
      {error ? (
        <Alert severity="warning">{errorMessage(error)}</Alert>
      ) : isPending ? null : data.length === 0 ? (
        <EmptyText>{translate('mentorflow.cso.staff.feedback_none')}</EmptyText>
      ) : (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }} data-testid="program-feedback-average" data-n={rated.length}>
            <Rating value={average} precision={0.1} readOnly />
            <Typography variant="body2">
              {translate('mentorflow.cso.staff.average', {
                average:
                  average == null
                    ? '—'
                    : average.toLocaleString(locale === 'tr' ? 'tr-TR' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                smart_count: rated.length,
              })}
            </Typography>
          </Box>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {data.map((f) => (
              <Box component="li" key={f.id} data-testid="program-feedback-row" sx={{ py: 0.75, borderTop: 1, borderColor: 'divider' }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Rating size="small" value={f.rating} readOnly />
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {f.author?.fullName ?? '—'}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {f.about === 'visit'
                      ? translate('mentorflow.cso.staff.about_visit')
                      : translate('mentorflow.cso.feedback.year_label', { year: f.year })}{' '}
                    · {formatDate(f.updatedAt ?? f.createdAt)}
                  </Typography>
                </Box>
                {f.comment && (
                  <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
                    “{f.comment}”
                  </Typography>
                )}
              </Box>
            ))}
          </Box>
        </>
      )}
    </Panel>
  );
};
