import { Box, Rating, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import { oneDecimal } from '../oneDecimal';
import type { Feedback } from '../types';

/** The average rating, then each rating with its author, what it is about and its comment. */
export const FeedbackList = ({ feedback }: { feedback: Feedback[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const locale = useLocale();
  const rated = feedback.filter((f) => typeof f.rating === 'number');
  const average = rated.length ? rated.reduce((sum, f) => sum + f.rating, 0) / rated.length : null;
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }} data-testid="program-feedback-average" data-n={rated.length}>
        <Rating value={average} precision={0.1} readOnly />
        <Typography variant="body2">
          {translate('mentorflow.cso.staff.average', {
            average: oneDecimal(average, locale),
            smart_count: rated.length,
          })}
        </Typography>
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {feedback.map((f) => (
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
  );
};
