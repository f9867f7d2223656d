import { Box, Chip, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Tooltip, Typography } from '@mui/material';
import { InputHelperText, required, useInput, useTranslate } from 'react-admin';
import type { ConfigText } from './useConfigText';

const validateGrade = [required()];

export interface GradeInputProps {
  /** Form path, e.g. "elements.governance.grade" or "principles.transparency". */
  source: string;
  label: string;
  text: ConfigText;
  /** Re-evaluation: the grade given at this year's self-assessment, shown beside. */
  previous?: number | null;
  /** One row of numbers (descriptors as tooltips and below the choice), for short lists. */
  compact?: boolean;
}

/** "+1" / "−1" / "±0" between the new grade and the previous one. */
const Delta = ({ value, previous }: { value: number; previous: number }) => {
  const diff = value - previous;
  const color = diff > 0 ? 'success' : diff < 0 ? 'error' : 'default';
  const label = diff > 0 ? `+${diff}` : diff < 0 ? `−${-diff}` : '±0';
  return <Chip size="small" color={color} label={label} data-testid="grade-delta" />;
};

/**
 * One grade on the program's scale, as radio buttons whose labels carry the scale's
 * descriptors in the console's language ("3 — Developing: ..."). The radios are named
 * after the form path, so `input[name="elements.governance.grade"][value="3"]` picks 3,
 * and server errors for that path land here.
 */
export const GradeInput = ({ source, label, text, previous, compact }: GradeInputProps) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({
    source,
    validate: validateGrade,
    // Radios give strings; the API wants whole numbers.
    parse: (value: string) => (value === '' || value == null ? null : Number(value)),
    format: (value: unknown) => (value == null ? '' : String(value)),
  });
  const value = field.value === '' ? null : Number(field.value);
  const hasPrevious = previous != null;
  const error = fieldState.invalid ? fieldState.error?.message : undefined;

  return (
    <FormControl component="fieldset" error={!!error} disabled={field.disabled} fullWidth data-testid={`grade-${source}`} sx={{ my: 0.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary', float: 'left' }}>
          {label}
          {isRequired && ' *'}
        </FormLabel>
        {hasPrevious && (
          <Tooltip title={text.gradeLabel(previous)}>
            <Chip
              size="small"
              variant="outlined"
              label={translate('mentorflow.grades.previous', { grade: previous })}
              data-testid="previous-grade"
            />
          </Tooltip>
        )}
        {hasPrevious && value != null && <Delta value={value} previous={previous} />}
      </Box>
      <RadioGroup {...field} row={compact} sx={{ clear: 'both' }}>
        {text.grades.map((grade) => {
          const radio = (
            <FormControlLabel
              key={grade}
              value={String(grade)}
              control={<Radio size="small" />}
              sx={compact ? { mr: 1.5 } : { alignItems: 'flex-start', my: -0.25 }}
              label={
                compact ? (
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {grade}
                  </Typography>
                ) : (
                  <Typography variant="body2" sx={{ pt: 0.9 }}>
                    <Box component="span" sx={{ fontWeight: 600 }}>
                      {grade}
                    </Box>
                    {' — '}
                    {text.descriptor(grade)}
                    {previous === grade && (
                      <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
                        ({translate('mentorflow.grades.previous_short')})
                      </Box>
                    )}
                  </Typography>
                )
              }
            />
          );
          return compact ? (
            <Tooltip key={grade} title={text.gradeLabel(grade)} placement="top">
              {radio}
            </Tooltip>
          ) : (
            radio
          );
        })}
      </RadioGroup>
      {(error || (compact && value != null)) && (
        <FormHelperText sx={{ mx: 0 }}>{error ? <InputHelperText error={error} /> : text.gradeLabel(value!)}</FormHelperText>
      )}
    </FormControl>
  );
};
