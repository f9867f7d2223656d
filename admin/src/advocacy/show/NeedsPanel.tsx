import { Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Panel } from '../../programs/show/Panel';
import type { IssueWorkshopData } from '../domain';
import { NeedsList } from '../NeedsList';
import type { AdvocacyProgramRecord } from '../types';

/** The needs found in the selection phase and the issue chosen at the workshop. */
export const NeedsPanel = ({ program }: { program: AdvocacyProgramRecord }) => {
  const translate = useTranslate();
  const needs = program.live?.needs;
  if (!needs) return null;
  const workshop = program.live?.tasks.find((t) => t.type === 'issue_workshop' && t.status === 'completed')?.data as
    IssueWorkshopData | undefined;
  return (
    <Panel title={translate('mentorflow.advocacy.needs.panel')} testId="needs-panel">
      <NeedsList needs={needs} />
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 1 }}>
        {needs.levels.map((level) => (
          <Chip key={level} size="small" variant="outlined" label={translate(`mentorflow.advocacy.levels.${level}`)} />
        ))}
      </Box>
      {workshop && (
        <Typography variant="body2" sx={{ mt: 1.5 }} data-testid="chosen-issue">
          <strong>{translate('mentorflow.advocacy.workshop.chosen_issue')}:</strong> {workshop.chosenIssue}
        </Typography>
      )}
    </Panel>
  );
};
