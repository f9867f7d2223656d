import { useState } from 'react';
import { Box, Button, Rating, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProgramRecord } from '../../institutional/types';
import { Panel } from '../../programs/show/Panel';
import { FeedbackDialog, type FeedbackTarget } from './FeedbackDialog';
import { useFeedback } from './useMyFeedback';

/** The year's rating of the mentoring: the program's own monitoring of stakeholder satisfaction. */
export const FeedbackCard = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const [target, setTarget] = useState<FeedbackTarget | null>(null);
  const feedback = useFeedback(program.id);
  const mine = feedback.data?.find((f) => f.about === 'year' && f.year === program.year);
  const label = translate('mentorflow.cso.feedback.year_label', { year: program.year });
  return (
    <Panel title={translate('mentorflow.cso.feedback.card')} testId="cso-feedback">
      <Typography variant="body2" color="text.secondary">
        {translate('mentorflow.cso.feedback.card_help')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1, flexWrap: 'wrap' }}>
        {mine && <Rating value={mine.rating} readOnly data-testid="cso-year-rating" />}
        <Button
          variant="outlined"
          size="small"
          onClick={() => setTarget({ about: 'year', year: program.year, label, previous: mine })}
          data-testid="cso-rate-year"
        >
          {translate(mine ? 'mentorflow.cso.feedback.change' : 'mentorflow.cso.feedback.rate_year', { year: program.year })}
        </Button>
      </Box>
      {mine?.comment && (
        <Typography variant="body2" sx={{ mt: 1, fontStyle: 'italic' }}>
          “{mine.comment}”
        </Typography>
      )}
      {target && <FeedbackDialog programId={program.id} target={target} onClose={() => setTarget(null)} />}
    </Panel>
  );
};
