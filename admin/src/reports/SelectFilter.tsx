import { MenuItem, TextField } from '@mui/material';

interface SelectFilterProps {
  /** Translated. */
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  options: { value: string | number; label: string }[];
  minWidth: number;
  /** The select's data-testid; its input is `<testId>-input`, each option `<testId>-<value>`. */
  testId?: string;
}

/** A small select above a page's figures (the year, the mentor) choosing what they are about. */
export const SelectFilter = ({ label, value, onChange, options, minWidth, testId }: SelectFilterProps) => (
  <TextField
    select
    size="small"
    label={label}
    value={value}
    onChange={(event) => onChange(event.target.value)}
    sx={{ minWidth }}
    slotProps={
      testId
        ? { htmlInput: { 'data-testid': `${testId}-input` }, select: { SelectDisplayProps: { 'data-testid': testId } as object } }
        : undefined
    }
  >
    {options.map((option) => (
      <MenuItem key={option.value} value={option.value} data-testid={testId && `${testId}-${option.value}`}>
        {option.label}
      </MenuItem>
    ))}
  </TextField>
);
