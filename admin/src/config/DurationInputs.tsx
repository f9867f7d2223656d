import { Box } from '@mui/material';
import { NumberInput, minValue, number, required } from 'react-admin';

const validateDays = [required(), number(), minValue(0.001)];

/** One days input per duration key; sources are "durations.<key>" like the API's error paths. */
export const DurationInputs = ({ keys, prefix }: { keys: string[]; prefix: 'institutional' | 'advocacy' }) => (
  <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, maxWidth: 900 }}>
    {keys.map((key) => (
      <NumberInput
        key={key}
        source={`durations.${key}`}
        label={`mentorflow.config.durations.${prefix}.${key}`}
        helperText="mentorflow.config.in_days"
        validate={validateDays}
        min={0}
        step={1}
        data-testid={`duration-${key}`}
      />
    ))}
  </Box>
);
