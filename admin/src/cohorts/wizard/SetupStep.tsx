import {
  Alert,
  Box,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CohortSetup, SetupErrors } from './state';
import { useDesignedTypeChoices, type CohortTypeInfo } from './useCohortType';
import { usePeople } from './usePeople';

interface SetupStepProps {
  count: number;
  setup: CohortSetup;
  typeInfo: CohortTypeInfo;
  errors: SetupErrors;
  onChange: (change: Partial<CohortSetup>) => void;
}

/** Which program, how mentors are chosen, the gender expert and when it starts. */
export const SetupStep = ({ count, setup, typeInfo, errors, onChange }: SetupStepProps) => {
  const translate = useTranslate();
  // Not choosable before the list is there (a click would open an empty menu).
  const { people: experts, isPending: expertsPending } = usePeople('gender_expert');
  // The published types designed in the console start like the built-in ones (latest version).
  const designed = useDesignedTypeChoices();
  const radio = (value: string, testId: string, label: string) => (
    <FormControlLabel
      key={value}
      value={value}
      control={<Radio slotProps={{ input: { 'data-testid': testId } as object }} />}
      label={label}
    />
  );
  // A text field's label (the program's field of that name), value, and its error or else its help.
  const field = (name: 'genderExpertId' | 'startDate' | 'years', help: string) => ({
    label: translate(`resources.programs.fields.${name}`),
    value: setup[name],
    error: !!errors[name],
    helperText: translate(errors[name] ?? help),
  });
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }} data-testid="cohort-setup">
      <Alert severity="info">{translate('mentorflow.cohort.selected', { smart_count: count })}</Alert>
      <FormControl>
        <FormLabel>{translate('mentorflow.cohort.type')}</FormLabel>
        <RadioGroup row value={setup.type} onChange={(event) => onChange({ type: event.target.value as CohortSetup['type'] })}>
          {[
            { value: 'institutional', label: translate('mentorflow.program_types.institutional') },
            { value: 'advocacy', label: translate('mentorflow.program_types.advocacy') },
            ...designed.map((choice) => ({ value: choice.id, label: choice.name })),
          ].map((choice) => radio(choice.value, `cohort-type-${choice.value}`, choice.label))}
        </RadioGroup>
      </FormControl>
      <FormControl>
        <FormLabel>{translate('mentorflow.cohort.mentors')}</FormLabel>
        <RadioGroup value={setup.mode} onChange={(event) => onChange({ mode: event.target.value as CohortSetup['mode'] })}>
          {radio('balanced', 'cohort-mode-balanced', translate('mentorflow.cohort.balanced'))}
          {radio('by_hand', 'cohort-mode-by-hand', translate('mentorflow.cohort.by_hand'))}
        </RadioGroup>
        <FormHelperText>{translate('mentorflow.cohort.mentors_help')}</FormHelperText>
      </FormControl>
      {typeInfo.genderExpert && (
        <TextField
          select
          {...field('genderExpertId', 'mentorflow.cohort.gender_expert_help')}
          onChange={(event) => onChange({ genderExpertId: event.target.value })}
          disabled={expertsPending}
          required
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'cohort-gender-expert' } as object } }}
        >
          {experts.map((expert) => (
            <MenuItem key={expert.id} value={expert.id} data-testid="cohort-gender-expert-option">
              {expert.fullName}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          type="date"
          {...field('startDate', 'mentorflow.programs.start_date_help')}
          onChange={(event) => onChange({ startDate: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'cohort-start-date' } }}
        />
        {typeInfo.years && (
          <TextField
            type="number"
            {...field('years', 'mentorflow.programs.years_help')}
            onChange={(event) => onChange({ years: Number(event.target.value) })}
            slotProps={{ htmlInput: { min: 1, max: 5, step: 1, 'data-testid': 'cohort-years' } }}
          />
        )}
      </Box>
      {typeInfo.override && (
        <FormControlLabel
          control={
            <Checkbox
              checked={setup.override}
              onChange={(event) => onChange({ override: event.target.checked })}
              slotProps={{ input: { 'data-testid': 'cohort-override' } as object }}
            />
          }
          label={translate('mentorflow.cohort.override')}
        />
      )}
    </Box>
  );
};
