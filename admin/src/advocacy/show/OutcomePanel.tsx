import { Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Panel } from '../../programs/show/Panel';
import { IndicatorStatusChip } from '../chips';
import type { AdvocacyProgramRecord } from '../types';

/** What the mentorship achieved, once completed: the final plan's goal and its indicators. */
export const OutcomePanel = ({ program }: { program: AdvocacyProgramRecord }) => {
  const translate = useTranslate();
  const outcome = program.live?.outcome ?? program.details?.outcome;
  if (!outcome) return null;
  return (
    <Panel title={translate('mentorflow.advocacy.outcome.title')} testId="outcome">
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', mb: 1.5 }}>
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('mentorflow.advocacy.outcome.achieved')}
          </Typography>
          <Typography variant="h6" data-testid="outcome-achieved">
            {outcome.achieved} / {outcome.indicators.length}
          </Typography>
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('mentorflow.advocacy.outcome.checkins')}
          </Typography>
          <Typography variant="h6">{outcome.checkins}</Typography>
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('mentorflow.advocacy.outcome.final_version')}
          </Typography>
          <Typography variant="h6">{outcome.finalPlanVersion ? `v${outcome.finalPlanVersion}` : '—'}</Typography>
        </Box>
      </Box>
      {outcome.goal && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          <strong>{translate('mentorflow.advocacy.plan.goal')}:</strong> {outcome.goal}
        </Typography>
      )}
      <Table size="small">
        <TableBody>
          {outcome.indicators.map((row, i) => (
            <TableRow key={i} data-testid="outcome-indicator">
              <TableCell>
                {i + 1}. {row.indicator}
              </TableCell>
              <TableCell align="right">
                <IndicatorStatusChip status={row.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
};
