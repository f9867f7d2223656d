import { Box, Chip, Link, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  EditButton,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { Role } from '../auth/roles';
import { downloadTo } from '../documents/filesApi';
import { useConfigText } from '../institutional/useConfigText';
import { resourceDescription, resourceTitle, type ResourceRecord } from './types';

const manages = (role: Role | undefined) => role === 'admin' || role === 'program_manager';

/** Opens a resource: a link in a new tab, a file as a download. */
export const ResourceLink = ({ record }: { record: ResourceRecord }) => {
  const locale = useLocale();
  const title = resourceTitle(record, locale);
  if (record.kind === 'link' && record.url)
    return (
      <Link href={record.url} target="_blank" rel="noopener noreferrer" onClick={(e) => e.stopPropagation()} data-testid="resource-open">
        {title}
      </Link>
    );
  if (record.file)
    return (
      <Link
        component="button"
        type="button"
        sx={{ textAlign: 'left' }}
        onClick={(e) => {
          e.stopPropagation();
          void downloadTo(`/files/${record.file!.id}/content`, record.file!.name);
        }}
        data-testid="resource-open"
      >
        {title}
      </Link>
    );
  return <span>{title}</span>;
};

const Actions = () => {
  const { permissions } = usePermissions<Role>();
  return <TopToolbar>{manages(permissions) && <CreateButton />}</TopToolbar>;
};

/** The library, browsed by management element (and study type or words). */
export const ResourceList = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useConfigText(undefined);
  const { permissions } = usePermissions<Role>();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
      key="element"
      source="element"
      label="mentorflow.resources.element"
      alwaysOn
      choices={text.config.elements.map((e) => ({ id: e.slug, name: text.element(e.slug) }))}
    />,
    <SelectInput
      key="studyType"
      source="studyType"
      label="mentorflow.resources.study_type"
      choices={text.config.studyTypes.map((s) => ({ id: s, name: translate(`mentorflow.study_types.${s}`) }))}
    />,
  ];
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const tags = (r: ResourceRecord) => (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {r.elements.map((e) => (
        <Chip key={e} size="small" label={text.element(e)} />
      ))}
      {r.studyTypes.map((s) => (
        <Chip key={s} size="small" variant="outlined" label={translate(`mentorflow.study_types.${s}`, { _: s })} />
      ))}
    </Stack>
  );
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: locale === 'tr' ? 'titleTr' : 'titleEn', order: 'ASC' }} perPage={25}>
      {phone ? (
        <SimpleList<ResourceRecord>
          linkType={false}
          primaryText={(r) => <ResourceLink record={r} />}
          secondaryText={(r) => (
            <Box component="span" sx={{ display: 'grid', gap: 0.5 }}>
              <span>{resourceDescription(r, locale)}</span>
              {tags(r)}
            </Box>
          )}
          tertiaryText={(r) => translate(`mentorflow.resources.kinds.${r.kind}`)}
          data-testid="resource-list"
        />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false} data-testid="resource-list">
          <FunctionField<ResourceRecord>
            label="mentorflow.resources.title"
            render={(r) => (
              <Box sx={{ minWidth: 200 }}>
                <ResourceLink record={r} />
                {resourceDescription(r, locale) && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {resourceDescription(r, locale)}
                  </Typography>
                )}
              </Box>
            )}
          />
          <FunctionField<ResourceRecord>
            label="mentorflow.resources.kind"
            render={(r) => translate(`mentorflow.resources.kinds.${r.kind}`)}
          />
          <FunctionField<ResourceRecord> label="mentorflow.resources.tags" render={tags} />
          {manages(permissions) && <EditButton />}
        </Datagrid>
      )}
    </List>
  );
};
