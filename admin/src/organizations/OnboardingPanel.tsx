import { Box, Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { OpenInTemporalButton } from '../common/OpenInTemporalButton';
import { OnboardingStatusChip } from './OnboardingStatusChip';
import type { Onboarding } from './onboardingStatus';

/** Status of the Temporal workflow started when the organization was created. */
export const OnboardingPanel = () => {
  const record = useRecordContext<{ onboarding?: Onboarding | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const onboarding = record.onboarding;
  return (
    <Card variant="outlined" data-testid="onboarding-panel">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate('mentorflow.onboarding.title')}
          </Typography>
          <OnboardingStatusChip />
        </Box>
        {onboarding ? (
          <>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('mentorflow.onboarding.workflow_id')}
            </Typography>
            <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all', mb: 2 }}>
              {onboarding.workflowId}
            </Typography>
            {onboarding.temporalUiUrl && <OpenInTemporalButton href={onboarding.temporalUiUrl} variant="outlined" />}
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('mentorflow.onboarding.none')}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          {translate('mentorflow.onboarding.help')}
        </Typography>
      </CardContent>
    </Card>
  );
};
