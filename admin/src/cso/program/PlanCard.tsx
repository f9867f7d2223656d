import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useFormatDate } from '../../common/useFormatDate';
import { PlanStatusChip } from '../../institutional/chips';
import type { PlanItem, ProgramRecord } from '../../institutional/types';
import { EmptyText, Panel } from '../../programs/show/Panel';
import { ProgressDialog } from './ProgressDialog';
import { DividedItem, DividedList } from '../../programs/show/DividedList';

/** This year's improvement plan with each item's status; open items take a progress report. */
export const PlanCard = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const [reporting, setReporting] = useState<PlanItem | null>(null);
  const { data: items = [], isPending } = useGetList<PlanItem>('improvements', {
    filter: { programId: program.id, year: program.year },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  return (
    <Panel title={translate('mentorflow.cso.program.plan', { year: program.year })} testId="cso-plan">
      {!isPending && items.length === 0 ? (
        <EmptyText>{translate('mentorflow.cso.program.plan_none')}</EmptyText>
      ) : (
        <DividedList>
          {items.map((item) => (
            <DividedItem key={item.id} data-testid="cso-plan-item" data-status={item.status}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ fontWeight: 600, flex: '1 1 200px' }}>
                  {item.title}
                </Typography>
                <PlanStatusChip status={item.status} />
              </Box>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate(`mentorflow.study_types.${item.studyType}`, { _: item.studyType })} ·{' '}
                {translate('mentorflow.cso.program.target', { date: formatDate(item.targetDate) })}
              </Typography>
              {(item.status === 'planned' || item.status === 'in_progress') && (
                <Button size="small" onClick={() => setReporting(item)} sx={{ mt: 0.5, ml: -0.5 }} data-testid="cso-report-progress">
                  {translate('mentorflow.cso.progress.button')}
                </Button>
              )}
            </DividedItem>
          ))}
        </DividedList>
      )}
      {reporting && <ProgressDialog item={reporting} open onClose={() => setReporting(null)} />}
    </Panel>
  );
};
