import type { ReactNode } from 'react';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  MenuItem,
  TextField,
  type SxProps,
  type TextFieldProps,
  type Theme,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslate } from 'react-admin';
import { TEMPLATE_ROLES, type Duration, type TemplateRole, type Text } from '../types';
import { useErrorAt } from './errors';

/** An input bound to a path of the definition: its value there, and what replaces it. */
interface BoundProps<T, Changed = T> {
  path: string;
  value: T;
  onChange: (value: Changed) => void;
}

/** An editor of one part of the definition at `path` (read-only once the version is published). */
export interface PartEditorProps<T> {
  path: string;
  onChange: (value: T) => void;
  readOnly: boolean;
}

type PathFieldProps = Omit<TextFieldProps, 'onChange' | 'value'> & BoundProps<string | number, string>;

/** A text input bound to a path of the definition: its check error shows under it. */
export const PathField = ({ path, value, onChange, helperText, ...props }: PathFieldProps) => {
  const error = useErrorAt(path);
  return (
    <TextField
      size="small"
      fullWidth
      {...props}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={!!error}
      helperText={error ?? helperText}
      slotProps={{ ...props.slotProps, htmlInput: { 'data-path': path, 'data-testid': path, ...(props.slotProps?.htmlInput ?? {}) } }}
    />
  );
};

/**
 * Binds inputs to the properties of one part of the definition: `bind('due', 'due_after')` is
 * the path (`<path>.due`), the label (mentorflow.designer.due_after), the value and a change
 * that replaces that property.
 */
export const useBinder = <T extends object>(path: string, value: T, onChange: (value: T) => void) => {
  const translate = useTranslate();
  return <K extends keyof T & string>(key: K, label: string = key) => ({
    path: `${path}.${key}`,
    label: translate(`mentorflow.designer.${label}`),
    value: value[key],
    onChange: (changed: T[K]) => onChange({ ...value, [key]: changed }),
  });
};

/** A select bound to a path (the native element carries `data-path` for error links and tests). */
export const PathSelect = <V extends string = string>({
  path,
  value,
  onChange,
  choices,
  label,
  sx,
}: BoundProps<V> & {
  choices: { id: V; name: string }[];
  label: string;
  sx?: TextFieldProps['sx'];
}) => {
  const error = useErrorAt(path);
  return (
    <TextField
      select
      size="small"
      fullWidth
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as V)}
      error={!!error}
      helperText={error}
      sx={sx}
      slotProps={{ select: { native: true, inputProps: { 'data-path': path, 'data-testid': path } }, inputLabel: { shrink: true } }}
    >
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.name}
        </option>
      ))}
    </TextField>
  );
};

/** English and Turkish names side by side (one column on a phone). */
export const TextPair = ({ path, value, onChange, label }: BoundProps<Text> & { label: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      <PathField
        path={`${path}.en`}
        label={`${label} (${translate('mentorflow.designer.english')})`}
        value={value.en}
        onChange={(en) => onChange({ ...value, en })}
      />
      <PathField
        path={`${path}.tr`}
        label={`${label} (${translate('mentorflow.designer.turkish')})`}
        value={value.tr}
        onChange={(tr) => onChange({ ...value, tr })}
      />
    </Box>
  );
};

const DURATION_UNITS: Duration['unit'][] = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months'];

export const DurationField = ({ path, value, onChange, label }: BoundProps<Duration> & { label: string }) => {
  const translate = useTranslate();
  const error = useErrorAt(path);
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <PathField
          path={`${path}.amount`}
          label={label}
          type="number"
          value={Number.isFinite(value.amount) ? value.amount : ''}
          onChange={(amount) => onChange({ ...value, amount: amount === '' ? Number.NaN : Number(amount) })}
          sx={{ maxWidth: 130 }}
        />
        <PathSelect
          path={`${path}.unit`}
          label={translate('mentorflow.designer.unit')}
          value={value.unit}
          onChange={(unit) => onChange({ ...value, unit: unit as Duration['unit'] })}
          choices={DURATION_UNITS.map((unit) => ({ id: unit, name: translate(`mentorflow.designer.units.${unit}`) }))}
          sx={{ maxWidth: 150 }}
        />
      </Box>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
};

export const useRoleChoices = () => {
  const translate = useTranslate();
  return TEMPLATE_ROLES.map((role) => ({ id: role, name: translate(`mentorflow.designer.roles.${role}`) }));
};

/** Who may add a record: one box per role. */
export const RolesField = ({ path, value, onChange, label }: BoundProps<TemplateRole[]> & { label: string }) => {
  const roles = useRoleChoices();
  const error = useErrorAt(path);
  return (
    <Box data-path={path}>
      <FormHelperText>{label}</FormHelperText>
      <FormGroup row>
        {roles.map((role) => (
          <FormControlLabel
            key={role.id}
            label={role.name}
            control={
              <Checkbox
                size="small"
                checked={value.includes(role.id)}
                onChange={(event) => onChange(event.target.checked ? [...value, role.id] : value.filter((r) => r !== role.id))}
                slotProps={{ input: { 'data-testid': `${path}.${role.id}` } as never }}
              />
            }
          />
        ))}
      </FormGroup>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
};

/** A titled part of a stage card. */
export const Part = ({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) => (
  <Box sx={{ display: 'grid', gap: 1.5, pt: 1 }}>
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
      <Box component="h4" sx={{ m: 0, typography: 'subtitle2', color: 'text.secondary', textTransform: 'uppercase', letterSpacing: 0.5 }}>
        {title}
      </Box>
      {action}
    </Box>
    {children}
  </Box>
);

/** A designer's "Add ..." button (shown only while editable). */
export const AddButton = ({ label, onClick, testId, sx }: { label: string; onClick: () => void; testId: string; sx?: SxProps<Theme> }) => (
  <Button size="small" startIcon={<AddIcon />} sx={sx} onClick={onClick} data-testid={testId}>
    {label}
  </Button>
);

/** The id of a part of the design (`<path>.id`), in a narrow input. */
export const IdField = ({ path, value, onChange }: BoundProps<string>) => {
  const translate = useTranslate();
  return (
    <PathField path={`${path}.id`} label={translate('mentorflow.designer.id')} value={value} onChange={onChange} sx={{ maxWidth: 240 }} />
  );
};

export { MenuItem };
