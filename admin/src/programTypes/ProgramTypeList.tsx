import { Chip, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  DataTable,
  List,
  SimpleList,
  TopToolbar,
  useLocale,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { isAllowed, type Role } from '../auth/roles';
import { LocaleDateField } from '../common/LocaleDateField';
import { LinkBody } from '../common/rowLinks';
import { pickText } from './text';
import type { ProgramTypeRow } from './types';

const NameField = () => {
  const record = useRecordContext<ProgramTypeRow>();
  const locale = useLocale();
  return (
    <Typography variant="body2" sx={{ fontWeight: 500 }}>
      {record ? pickText(record.name, locale) : ''}
    </Typography>
  );
};

const VersionField = () => {
  const record = useRecordContext<ProgramTypeRow>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {record.latestVersion ? (
        <Chip size="small" color="primary" variant="outlined" label={`v${record.latestVersion}`} data-testid="type-version" />
      ) : (
        <Chip size="small" label={translate('mentorflow.designer.not_published')} data-testid="type-version" />
      )}
      {record.hasDraft && <Chip size="small" sx={{ ml: 0.5 }} label={translate('mentorflow.designer.draft')} />}
    </>
  );
};

const Actions = () => {
  const { permissions } = usePermissions<Role>();
  return (
    <TopToolbar>{isAllowed(permissions, 'program-types', 'create') && <CreateButton label="mentorflow.designer.create_type" />}</TopToolbar>
  );
};

/** The program types designed in the console, with their latest published version. */
export const ProgramTypeList = () => {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const locale = useLocale();
  const translate = useTranslate();
  return (
    <List actions={<Actions />} empty={false} sort={{ field: 'key', order: 'ASC' }} perPage={50} pagination={false} exporter={false}>
      {phone ? (
        <SimpleList<ProgramTypeRow>
          primaryText={(record) => pickText(record.name, locale)}
          secondaryText={(record) =>
            `${record.key} · ${record.latestVersion ? `v${record.latestVersion}` : translate('mentorflow.designer.not_published')}`
          }
          tertiaryText={(record) => translate('mentorflow.designer.program_count', { smart_count: record.programCount ?? 0 })}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false} body={LinkBody}>
          <DataTable.Col source="name" label="resources.program-types.fields.name" disableSort>
            <NameField />
          </DataTable.Col>
          <DataTable.Col source="key" label="resources.program-types.fields.key" />
          <DataTable.Col source="latestVersion" label="resources.program-types.fields.latestVersion" disableSort>
            <VersionField />
          </DataTable.Col>
          <DataTable.Col source="publishedAt" label="resources.program-types.fields.publishedAt" disableSort>
            <LocaleDateField source="publishedAt" />
          </DataTable.Col>
          <DataTable.NumberCol source="programCount" label="resources.program-types.fields.programCount" disableSort />
        </DataTable>
      )}
    </List>
  );
};
