import { Alert, Box, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BulkSignalResult } from '../types';

/** How many programs took the control, and which refused it with the reason. */
export const BulkSignalResultView = ({ result, names }: { result: BulkSignalResult; names: Map<string, string> }) => {
  const translate = useTranslate();
  const refused = result.results.filter((r) => !r.ok);
  return (
    <Box
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
      data-testid="bulk-result"
      data-accepted={result.accepted}
      data-refused={result.refused}
    >
      <Alert severity={result.refused ? 'warning' : 'success'}>
        {translate('mentorflow.bulk.summary', { accepted: result.accepted, refused: result.refused })}
      </Alert>
      {refused.length > 0 && (
        <List dense>
          {refused.map((r) => {
            const id = r.programId ?? r.organizationId;
            return (
              <ListItem key={id} divider data-testid="bulk-refused-row">
                <ListItemText primary={names.get(id) ?? id} secondary={r.message} slotProps={{ secondary: { color: 'error' } }} />
              </ListItem>
            );
          })}
        </List>
      )}
    </Box>
  );
};
