import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { EmptyText, Panel } from '../../programs/show/Panel';
import { IndicatorStatusChip } from '../chips';
import type { CheckinData } from '../domain';
import { versionNumbered } from '../plan/versions';
import type { AdvocacyProgramRecord } from '../types';
import { useFormatDate } from '../../common/useFormatDate';
import { DividedItem, DividedList } from '../../programs/show/DividedList';

/**
 * Implementation support: until when, and each check-in (newest first) with what was done
 * and the status it gave each indicator of the final plan. `data-testid="checkins"`.
 */
export const CheckinsPanel = ({ program }: { program: AdvocacyProgramRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const live = program.live;
  const count = live?.checkins ?? program.details?.checkins ?? 0;
  const ends = live?.implementationEndsAt ?? program.details?.implementationEndsAt;
  const indicators = versionNumbered(live?.planVersions, live?.finalPlanVersion)?.plan.indicators ?? [];
  const checkins = (live?.tasks ?? []).filter((t) => t.type === 'implementation_checkin' && t.status === 'completed' && t.data).reverse();
  return (
    <Panel title={translate('mentorflow.advocacy.checkins.title', { smart_count: count })} testId="checkins">
      {ends && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="implementation-ends">
          {translate(
            (live?.stage ?? program.stage) === 'completed' ? 'mentorflow.advocacy.checkins.ended' : 'mentorflow.advocacy.checkins.until',
            { date: formatDate(ends) },
          )}
        </Typography>
      )}
      {checkins.length === 0 ? (
        <EmptyText testId="checkins-empty">
          {translate(ends ? 'mentorflow.advocacy.checkins.none_yet' : 'mentorflow.advocacy.checkins.after_lock')}
        </EmptyText>
      ) : (
        <DividedList>
          {checkins.map((task) => {
            const data = task.data as CheckinData;
            return (
              <DividedItem key={task.id} data-testid="checkin">
                <Typography variant="caption" color="text.secondary">
                  {formatDate(task.completedAt, 'dateTime')}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {data.activitiesDone}
                </Typography>
                {data.obstacles && (
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                    {translate('mentorflow.advocacy.checkin.obstacles')}: {data.obstacles}
                  </Typography>
                )}
                <Box sx={{ display: 'grid', gap: 0.5, mt: 0.75 }}>
                  {data.indicatorProgress.map((p) => (
                    <Box key={p.indicator} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                      <IndicatorStatusChip status={p.status} />
                      <Typography variant="body2">
                        {p.indicator + 1}. {indicators[p.indicator] ?? ''}
                        {p.note ? ` — ${p.note}` : ''}
                      </Typography>
                    </Box>
                  ))}
                </Box>
              </DividedItem>
            );
          })}
        </DividedList>
      )}
    </Panel>
  );
};
