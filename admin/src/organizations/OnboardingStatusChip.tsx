import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ONBOARDING_COLORS, onboardingStatusKey, type Onboarding } from './onboardingStatus';

/** The onboarding workflow's status as a coloured chip; reads the record in context. */
export const OnboardingStatusChip = () => {
  const record = useRecordContext<{ onboarding?: Onboarding | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const key = onboardingStatusKey(record.onboarding);
  return (
    <Chip
      size="small"
      color={ONBOARDING_COLORS[key] ?? 'default'}
      variant={key === 'not_started' ? 'outlined' : 'filled'}
      label={translate(`mentorflow.onboarding.status.${key}`, {
        _: record.onboarding?.status ?? key,
      })}
      data-testid="onboarding-status"
    />
  );
};
