import { TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { HeadedTable, type HeadedTableColumn } from '../../common/HeadedTable';
import type { FormDef } from '../types';
import { keyedComponents } from '../forms/localize';
import { useErrorAt } from './errors';
import type { PartEditorProps } from './fields';

type TrLabels = FormDef['tr'][string];

/** The Turkish label of one field, with the check's message for it (`<form>.tr.<key>.label`). */
const TrLabelInput = ({
  path,
  fieldKey,
  value,
  readOnly,
  onChange,
}: {
  path: string;
  fieldKey: string;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}) => {
  const translate = useTranslate();
  const error = useErrorAt(`${path}.tr.${fieldKey}.label`);
  return (
    <TextField
      size="small"
      label={translate('mentorflow.designer.label')}
      value={value}
      disabled={readOnly}
      error={!!error}
      helperText={error}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ htmlInput: { 'data-testid': `tr-label-${fieldKey}`, 'data-path': `${path}.tr.${fieldKey}.label` } }}
    />
  );
};

const COLUMNS: HeadedTableColumn[] = [
  { label: 'mentorflow.designer.field_key' },
  { label: 'mentorflow.designer.english' },
  { label: 'mentorflow.designer.turkish', sx: { minWidth: 220 } },
];

/** One row per field of the form: its English label from the builder and its Turkish label, description and options. */
export const TurkishLabels = ({ path, form, onChange, readOnly }: PartEditorProps<FormDef['tr']> & { form: FormDef }) => {
  const translate = useTranslate();
  const fields = keyedComponents(form.schema);
  const set = (key: string, change: Partial<TrLabels>) => onChange({ ...form.tr, [key]: { ...(form.tr?.[key] ?? {}), ...change } });
  if (fields.length === 0) {
    return <Typography color="text.secondary">{translate('mentorflow.designer.no_fields')}</Typography>;
  }
  return (
    <HeadedTable columns={COLUMNS} testId="tr-labels">
      {fields.map((field) => {
        const key = field.key as string;
        const tr = form.tr?.[key] ?? {};
        return (
          <TableRow key={key} sx={{ verticalAlign: 'top' }}>
            <TableCell>
              <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                {key}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {field.type}
              </Typography>
            </TableCell>
            <TableCell>
              <Typography variant="body2">{field.label}</Typography>
              {field.description && (
                <Typography variant="caption" color="text.secondary">
                  {field.description}
                </Typography>
              )}
              {field.values?.map((option) => (
                <Typography key={String(option.value)} variant="caption" component="div" color="text.secondary">
                  • {option.label}
                </Typography>
              ))}
            </TableCell>
            <TableCell sx={{ display: 'grid', gap: 1 }}>
              <TrLabelInput
                path={path}
                fieldKey={key}
                value={tr.label ?? ''}
                readOnly={readOnly}
                onChange={(label) => set(key, { label })}
              />
              {field.description && (
                <TextField
                  size="small"
                  label={translate('mentorflow.designer.description')}
                  value={tr.description ?? ''}
                  disabled={readOnly}
                  onChange={(event) => set(key, { description: event.target.value })}
                />
              )}
              {field.values?.map((option) => (
                <TextField
                  key={String(option.value)}
                  size="small"
                  label={option.label}
                  value={tr.values?.[String(option.value)] ?? ''}
                  disabled={readOnly}
                  onChange={(event) => set(key, { values: { ...(tr.values ?? {}), [String(option.value)]: event.target.value } })}
                  slotProps={{ htmlInput: { 'data-testid': `tr-value-${key}-${String(option.value)}` } }}
                />
              ))}
            </TableCell>
          </TableRow>
        );
      })}
    </HeadedTable>
  );
};
