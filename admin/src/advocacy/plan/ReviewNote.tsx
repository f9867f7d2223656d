import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ReviewOutcomeChip } from '../chips';
import type { PlanVersion } from '../domain';
import { useFormatDate } from '../../common/useFormatDate';

/**
 * A version's review: the outcome chip, when, and the reviewer's comments as a quote.
 * `data-testid="review-note"` with `data-version`; the comments are `review-comments`.
 */
export const ReviewNote = ({
  version,
  compact,
}: {
  version: PlanVersion | Pick<PlanVersion, 'version' | 'submittedAt' | 'review'>;
  compact?: boolean;
}) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const review = version.review;
  return (
    <Box data-testid="review-note" data-version={version.version} data-decision={review?.decision ?? 'pending'}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <ReviewOutcomeChip decision={review?.decision} />
        <Typography variant="caption" color="text.secondary">
          {review
            ? translate('mentorflow.advocacy.versions.reviewed_on', { date: formatDate(review.at, 'dateTime') })
            : translate('mentorflow.advocacy.versions.submitted_on', { date: formatDate(version.submittedAt, 'dateTime') })}
        </Typography>
      </Box>
      {review?.comments ? (
        <Typography
          variant="body2"
          component="blockquote"
          data-testid="review-comments"
          sx={{
            m: 0,
            mt: compact ? 0.5 : 1,
            pl: 1.5,
            py: 0.5,
            borderLeft: 3,
            borderColor: review.decision === 'approve' ? 'success.main' : 'warning.main',
            whiteSpace: 'pre-wrap',
            fontStyle: 'italic',
          }}
        >
          {review.comments}
        </Typography>
      ) : null}
    </Box>
  );
};
