import { useState } from 'react';
import { Box, Button, Rating, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import type { ProgramRecord, VisitRecord } from '../../institutional/types';
import { EmptyText, Panel } from '../../programs/show/Panel';
import { FeedbackDialog, type FeedbackTarget } from './FeedbackDialog';
import { useFeedback } from './useMyFeedback';
import { DividedItem, DividedList } from '../../programs/show/DividedList';

/**
 * The visits and remote support, newest first, with the mentor's shared summary (`notes`; the
 * API never sends a CSO member the internal notes) and "Rate this visit".
 */
export const VisitsCard = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const [target, setTarget] = useState<FeedbackTarget | null>(null);
  const feedback = useFeedback(program.id);
  const { data: visits = [], isPending } = useGetList<VisitRecord>('visits', {
    filter: { programId: program.id },
    sort: { field: 'date', order: 'DESC' },
    pagination: { page: 1, perPage: 10 },
  });
  return (
    <Panel title={translate('mentorflow.cso.program.visits')} testId="cso-visits">
      {!isPending && visits.length === 0 ? (
        <EmptyText>{translate('mentorflow.cso.program.visits_none')}</EmptyText>
      ) : (
        <DividedList>
          {visits.map((visit) => {
            const mine = feedback.data?.find((f) => f.about === 'visit' && f.visitId === visit.id);
            const label = translate('mentorflow.cso.feedback.visit_label', { date: formatDate(visit.date) });
            return (
              <DividedItem key={visit.id} data-testid="cso-visit">
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {formatDate(visit.date)} · {translate(`mentorflow.contact_modes.${visit.mode}`, { _: visit.mode })} ·{' '}
                  {translate('mentorflow.cso.program.minutes', { n: visit.durationMinutes })}
                </Typography>
                {visit.notes && (
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                    {visit.notes}
                  </Typography>
                )}
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5 }}>
                  {mine && <Rating size="small" value={mine.rating} readOnly data-testid="cso-visit-rating" />}
                  <Button
                    size="small"
                    sx={{ ml: -0.5 }}
                    onClick={() => setTarget({ about: 'visit', year: visit.year, visitId: visit.id, label, previous: mine })}
                    data-testid="cso-rate-visit"
                  >
                    {translate(mine ? 'mentorflow.cso.feedback.change' : 'mentorflow.cso.feedback.rate_visit')}
                  </Button>
                </Box>
              </DividedItem>
            );
          })}
        </DividedList>
      )}
      {target && <FeedbackDialog programId={program.id} target={target} onClose={() => setTarget(null)} />}
    </Panel>
  );
};
