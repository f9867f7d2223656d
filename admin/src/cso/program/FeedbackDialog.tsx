import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Box, FormHelperText, Rating, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { giveFeedback } from '../api';
import { NoteField, SendDialog } from '../SendDialog';
import { useCheckedSubmit } from '../useCheckedSubmit';
import type { Feedback } from '../types';

export interface FeedbackTarget {
  about: 'visit' | 'year';
  year: number;
  visitId?: string;
  /** "Visit of 3 Mar 2027" or "Year 1". */
  label: string;
  previous?: Feedback;
}

/**
 * Rate the support 1-5 with an optional comment, after a visit or for the year. One per
 * member and visit/year: sending again replaces the earlier rating.
 */
export const FeedbackDialog = ({ programId, target, onClose }: { programId: string; target: FeedbackTarget; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState<number | null>(target.previous?.rating ?? null);
  const [comment, setComment] = useState(target.previous?.comment ?? '');
  const commentTooLong = comment.length > 2000;
  const submission = useCheckedSubmit(!rating || commentTooLong, async () => {
    await giveFeedback(programId, {
      about: target.about,
      year: target.year,
      ...(target.visitId ? { visitId: target.visitId } : {}),
      rating: rating!,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });
    notify('mentorflow.cso.feedback.thanks', { type: 'success' });
    await queryClient.invalidateQueries({ queryKey: ['cso-feedback', programId] });
    onClose();
  });
  const { submitted, failure } = submission;
  return (
    <SendDialog open onClose={onClose} name="feedback" maxWidth="xs" submission={submission}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {target.label}
      </Typography>
      <Typography variant="body2" component="label" id="feedback-rating-label">
        {translate('mentorflow.cso.feedback.rating')} *
      </Typography>
      <Box>
        <Rating
          name="rating"
          size="large"
          value={rating}
          onChange={(_, value) => setRating(value)}
          aria-labelledby="feedback-rating-label"
          data-testid="feedback-rating"
        />
      </Box>
      <FormHelperText error={submitted && !rating}>
        {submitted && !rating ? translate('ra.validation.required') : translate('mentorflow.cso.feedback.rating_help')}
      </FormHelperText>
      <NoteField
        name="comment"
        label={translate('mentorflow.cso.feedback.comment')}
        value={comment}
        onChange={setComment}
        error={commentTooLong}
        helperText={commentTooLong ? translate('mentorflow.cso.progress.too_long') : ' '}
      />
      {failure && (
        <Alert severity="error" data-testid="feedback-error">
          {failure}
        </Alert>
      )}
    </SendDialog>
  );
};
