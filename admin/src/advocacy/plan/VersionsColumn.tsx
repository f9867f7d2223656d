import { useState } from 'react';
import { Box, Paper, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PlanVersion } from '../domain';
import { useFormatDate } from '../../common/useFormatDate';
import { PlanView } from './PlanView';
import { ReviewNote } from './ReviewNote';

/**
 * Earlier versions of the plan beside the editor: pick a version (the latest by default)
 * to read it with its review. `data-testid="plan-versions-column"`; the picker's buttons
 * are `version-tab-<n>`.
 */
export const VersionsColumn = ({ versions }: { versions: PlanVersion[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const [selected, setSelected] = useState(versions.at(-1)?.version ?? 1);
  const version = versions.find((v) => v.version === selected) ?? versions.at(-1);
  if (!version) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, bgcolor: 'action.hover' }} data-testid="plan-versions-column" data-version={version.version}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('mentorflow.advocacy.versions.version', { version: version.version })}
        </Typography>
        {versions.length > 1 && (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={version.version}
            onChange={(_, value) => value != null && setSelected(value)}
            aria-label={translate('mentorflow.advocacy.versions.pick')}
          >
            {versions.map((v) => (
              <ToggleButton key={v.version} value={v.version} data-testid={`version-tab-${v.version}`} sx={{ px: 1.25, py: 0.25 }}>
                v{v.version}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        )}
      </Box>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
        {translate('mentorflow.advocacy.versions.submitted_on', { date: formatDate(version.submittedAt, 'dateTime') })}
      </Typography>
      <ReviewNote version={version} />
      <PlanView plan={version.plan} testId="previous-plan-view" />
    </Paper>
  );
};
