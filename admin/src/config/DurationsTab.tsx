import { Typography } from '@mui/material';
import { NumberInput, maxValue, minValue, number, required, useTranslate } from 'react-admin';
import { ConfigForm } from './ConfigForm';
import { durationsInDays, durationsInMs } from './days';
import { DurationInputs } from './DurationInputs';
import type { AdvocacyConfig, InstitutionalConfig } from './types';
import { useSaveConfig } from './useConfig';

const validateLimit = [required(), number(), minValue(1), maxValue(50)];

/** The institutional program's year length, due periods and contact cadence, in days. */
export const InstitutionalDurationsTab = ({ config }: { config: InstitutionalConfig }) => {
  const translate = useTranslate();
  const save = useSaveConfig('institutional');
  return (
    <ConfigForm<{ durations: Record<string, number> }>
      values={{ durations: durationsInDays(config.durations) }}
      version={config.version}
      onSubmit={({ durations }) => save({ durations: durationsInMs(durations, config.durations) })}
      testId="config-durations"
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
        {translate('mentorflow.config.durations_help')}
      </Typography>
      <DurationInputs keys={Object.keys(config.durations)} prefix="institutional" />
    </ConfigForm>
  );
};

/** Advocacy mentorship: how many CSOs one mentor may follow, and its durations in days. */
export const AdvocacyTab = ({ config }: { config: AdvocacyConfig }) => {
  const translate = useTranslate();
  const save = useSaveConfig('advocacy');
  return (
    <ConfigForm<{ mentorLimit: number; durations: Record<string, number> }>
      values={{ mentorLimit: config.mentorLimit, durations: durationsInDays(config.durations) }}
      version={config.version}
      onSubmit={({ mentorLimit, durations }) =>
        save({ mentorLimit: Number(mentorLimit), durations: durationsInMs(durations, config.durations) })
      }
      testId="config-advocacy"
    >
      <NumberInput
        source="mentorLimit"
        label="mentorflow.config.mentor_limit"
        helperText="mentorflow.config.mentor_limit_help"
        validate={validateLimit}
        min={1}
        max={50}
        step={1}
        sx={{ maxWidth: 420 }}
      />
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2, mb: 1 }}>
        {translate('mentorflow.config.tabs.durations')}
      </Typography>
      <DurationInputs keys={Object.keys(config.durations)} prefix="advocacy" />
    </ConfigForm>
  );
};
