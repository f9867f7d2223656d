import { Box, Link as MuiLink, Typography } from '@mui/material';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Link } from 'react-router-dom';
import { DataTable, SimpleList, useGetList, useLocale, usePermissions, useTranslate } from 'react-admin';
import { isAllowed, type Role } from '../auth/roles';
import { intlLocale } from '../dashboard/format';
import { pickText } from '../programTypes/text';
import type { ProgramTypeRow } from '../programTypes/types';
import { auditActionLabel } from './actionLabel';
import { EmptyPage } from '../common/EmptyPage';
import { LinkBody } from '../common/rowLinks';
import { LocaleDateField } from '../common/LocaleDateField';
import { ResponsiveList } from '../common/ResponsiveList';
import { AuditDetails } from './AuditDetails';
import { auditFilters } from './auditFilters';
import { AuditResultChip } from './AuditResultChip';
import type { AuditRecord } from './types';

const AuditEmpty = () => <EmptyPage icon={ManageSearchIcon} texts="mentorflow.audit.empty" testId="audit-empty" />;

/** Names of the designed program types by key (drafts too), for the rows that act on them. */
const useTypeNames = () => {
  const locale = useLocale();
  const { permissions } = usePermissions<Role>();
  const { data } = useGetList<ProgramTypeRow>(
    'program-types',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'key', order: 'ASC' } },
    { enabled: isAllowed(permissions, 'program-types', 'list') },
  );
  return (key: string) => pickText(data?.find((row) => row.key === key)?.name, locale) || key;
};

/** The action in words; its key (what the filter takes) beneath. */
const Action = ({ record }: { record: AuditRecord }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const typeName = useTypeNames();
  return (
    <Box data-testid="audit-action" data-action={record.action}>
      <Typography variant="body2">{auditActionLabel(record, locale, translate, typeName)}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
        {record.action}
      </Typography>
    </Box>
  );
};

/** The page of each kind of record an audit row can be about. */
const TARGET_PATHS: Record<string, (id: string) => string> = {
  program: (id) => `/programs/${id}/show`,
  organization: (id) => `/organizations/${id}/show`,
  event: (id) => `/events/${id}/show`,
  task: (id) => `/tasks/${id}/show`,
  program_template: (id) => `/program-types/${encodeURIComponent(id)}/show`,
};

const Target = ({ record }: { record: AuditRecord }) => {
  const translate = useTranslate();
  if (!record.targetType) return null;
  const type = translate(`mentorflow.audit.target_types.${record.targetType}`, { _: record.targetType });
  const path = record.targetType && record.targetId ? TARGET_PATHS[record.targetType]?.(record.targetId) : undefined;
  return (
    <Box>
      <Typography variant="body2">{type}</Typography>
      {record.targetId && (
        <Typography variant="caption" sx={{ fontFamily: 'monospace' }}>
          {path ? (
            <MuiLink component={Link} to={path} onClick={(event) => event.stopPropagation()}>
              {/* Ids are long (the first 8 characters tell them apart); a type's key is its name. */}
              {record.targetType === 'program_template' ? record.targetId : record.targetId.slice(0, 8)}
            </MuiLink>
          ) : (
            record.targetId
          )}
        </Typography>
      )}
    </Box>
  );
};

/** On a phone (five columns cannot fit): one line per row, what, when and who, the result. */
const AuditLines = () => {
  const translate = useTranslate();
  const typeName = useTypeNames();
  const locale = useLocale();
  return (
    <SimpleList<AuditRecord>
      primaryText={(record) => (
        <Box component="span" data-testid="audit-action" data-action={record.action}>
          {auditActionLabel(record, locale, translate, typeName)}
        </Box>
      )}
      secondaryText={(record) =>
        `${new Date(record.at).toLocaleString(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' })} · ${record.actorEmail ?? '—'}`
      }
      tertiaryText={(record) => <AuditResultChip result={record.result} />}
      linkType={false}
      sx={{ '& .MuiListItemText-primary': { overflowWrap: 'anywhere' }, '& .MuiListItemText-secondary': { overflowWrap: 'anywhere' } }}
    />
  );
};

const AuditTable = () => (
  <DataTable<AuditRecord> rowClick="expand" expand={<AuditDetails />} bulkActionButtons={false} body={LinkBody}>
    <DataTable.Col source="at" sortByOrder="DESC">
      <LocaleDateField source="at" showTime />
    </DataTable.Col>
    <DataTable.Col source="actorEmail" disableSort render={(record) => record.actorEmail ?? '—'} />
    <DataTable.Col source="action" render={(record) => <Action record={record as AuditRecord} />} />
    <DataTable.Col source="targetType" disableSort render={(record) => <Target record={record as AuditRecord} />} />
    <DataTable.Col source="result" render={(record) => <AuditResultChip result={record.result} />} />
  </DataTable>
);

/**
 * Who did what and when: every workflow update and signal, configuration change and
 * record change, with its result. Click a row for the details.
 */
export const AuditList = () => (
  <ResponsiveList
    sort={{ field: 'at', order: 'DESC' }}
    perPage={50}
    filters={auditFilters}
    empty={<AuditEmpty />}
    narrowBelow="sm"
    narrow={<AuditLines />}
    wide={<AuditTable />}
  />
);
