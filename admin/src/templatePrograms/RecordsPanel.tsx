import { useState } from 'react';
import { Box, Button, Chip, LinearProgress, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useQuery } from '@tanstack/react-query';
import { useGetIdentity, useLocale, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../auth/roles';
import { useMentorflowDataProvider } from '../data/dataProvider';
import { EmptyText, Panel } from '../programs/show/Panel';
import type { FormComponent, RecordDef, TemplateDefinition } from '../programTypes/types';
import { keyedComponents, localizeSchema } from '../programTypes/forms/localize';
import { useText } from '../programTypes/text';
import { RecordDialog } from './RecordDialog';
import type { TemplateProgramRecord } from './types';

const valueText = (component: FormComponent | undefined, value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  const label = (v: unknown) => component?.values?.find((option) => option.value === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return label(value);
};

/** May the signed-in person add this kind? (The api answers 403 otherwise.) */
const mayAdd = (record: RecordDef, role: Role | undefined, program: TemplateProgramRecord, userId: string | undefined) => {
  if (role === 'admin') return true;
  if (role === 'program_manager') return record.addedBy.includes('program_manager');
  if (role === 'mentor') return record.addedBy.includes('mentor') && userId === program.mentorId;
  if (role === 'gender_expert') return record.addedBy.includes('gender_expert') && userId === program.genderExpertId;
  return false;
};

/** The signed-in person's answer to mayAdd, for the kinds of this program. */
const useMayAdd = (program: TemplateProgramRecord) => {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const userId = identity?.id ? String(identity.id) : undefined;
  return (record: RecordDef) => mayAdd(record, permissions, program, userId);
};

/** The program's records (meetings, visits...), newest first, and "Add record" for the kinds the current stage allows. */
export const RecordsPanel = ({ program, definition }: { program: TemplateProgramRecord; definition: TemplateDefinition }) => {
  const translate = useTranslate();
  const text = useText();
  const locale = useLocale();
  const dataProvider = useMentorflowDataProvider();
  const mayAddHere = useMayAdd(program);
  const [adding, setAdding] = useState<RecordDef | null>(null);
  const { data, isPending } = useQuery({
    queryKey: ['program-records', program.id],
    queryFn: () => dataProvider.getProgramRecords(program.id),
  });
  const kinds = new Map(definition.stages.flatMap((stage) => stage.records.map((record) => [record.id, record] as const)));
  const status = program.live?.status ?? program.status;
  const current = definition.stages.find((stage) => stage.id === (program.live?.stage ?? program.stage));
  const addable = status === 'active' ? (current?.records ?? []).filter(mayAddHere) : [];
  const people = new Map([
    [program.mentorId, program.mentorName],
    [program.genderExpertId ?? '', program.genderExpertName ?? ''],
  ]);
  const byName = (row: { addedByName?: string | null; createdBy?: string | null }) =>
    row.addedByName ?? people.get(row.createdBy ?? '') ?? '';
  const date = (iso: string | undefined) =>
    iso ? new Date(iso).toLocaleString(locale === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
  return (
    <Panel
      title={translate('mentorflow.template_programs.records')}
      testId="records-panel"
      action={
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
          {addable.map((record) => (
            <Button
              key={record.id}
              size="small"
              variant="outlined"
              startIcon={<AddIcon />}
              onClick={() => setAdding(record)}
              data-testid={`add-record-${record.id}`}
            >
              {translate('mentorflow.template_programs.add_record_named', { name: text(record.name) })}
            </Button>
          ))}
        </Box>
      }
    >
      {isPending ? (
        <LinearProgress />
      ) : !data || data.length === 0 ? (
        <EmptyText>{translate('mentorflow.template_programs.no_records')}</EmptyText>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, maxHeight: 420, overflowY: 'auto' }}>
          {data.map((row) => {
            const kind = kinds.get(row.kind);
            const components = kind ? keyedComponents(localizeSchema(kind.form, locale)) : [];
            const shown = components.length
              ? components
              : Object.keys(row.data ?? {}).map((key) => ({ key, label: key, type: 'textfield' }) as FormComponent);
            return (
              <Box
                component="li"
                key={row.id}
                data-testid="record-row"
                data-kind={row.kind}
                sx={{ py: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
              >
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Chip size="small" label={kind ? text(kind.name) : row.kind} />
                  <Typography variant="caption" color="text.secondary">
                    {date(row.createdAt ?? row.addedAt)}
                    {byName(row) ? ` · ${byName(row)}` : ''}
                  </Typography>
                </Box>
                <Box
                  component="dl"
                  sx={{
                    m: 0,
                    mt: 0.5,
                    display: 'grid',
                    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
                    columnGap: 1.5,
                    rowGap: 0.25,
                  }}
                >
                  {shown.slice(0, 6).map((component) => (
                    <Box key={component.key} sx={{ display: 'contents' }}>
                      <Typography component="dt" variant="body2" color="text.secondary">
                        {component.label ?? component.key}
                      </Typography>
                      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                        {valueText(component, row.data?.[component.key as string])}
                      </Typography>
                    </Box>
                  ))}
                </Box>
              </Box>
            );
          })}
        </Box>
      )}
      {adding && <RecordDialog programId={program.id} record={adding} onClose={() => setAdding(null)} />}
    </Panel>
  );
};
