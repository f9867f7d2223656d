import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatSavedAt } from '../../common/drafts';
import type { TemplateVersionRow } from '../types';

/** Published versions, newest first, each with what changed from the one before. */
export const VersionsPanel = ({ versions }: { versions: TemplateVersionRow[] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  if (sorted.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('mentorflow.designer.no_versions')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding data-testid="versions">
      {sorted.map((version) => (
        <ListItem key={version.id} disableGutters alignItems="flex-start" data-testid={`version-${version.version}`}>
          <ListItemText
            primary={translate('mentorflow.designer.version_line', {
              version: version.version,
              date: formatSavedAt(version.publishedAt, locale),
            })}
            secondary={
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {(version.changes.length ? version.changes : [translate('mentorflow.designer.no_changes')]).map((change, i) => (
                  <li key={i}>{change}</li>
                ))}
              </Box>
            }
            slotProps={{ secondary: { component: 'div' } }}
          />
        </ListItem>
      ))}
    </List>
  );
};
