import { useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useGetList, useGetMany, useTranslate } from 'react-admin';

interface Organization {
  id: string;
  name: string;
}

interface OrganizationFilterProps {
  value: unknown;
  onChange: (value: string | undefined) => void;
  fullWidth: boolean;
}

/**
 * The inbox's CSO filter: type a few letters, pick one. Loaded on demand (see InboxFilters):
 * MUI's Autocomplete is the heaviest part of the filters.
 */
export const OrganizationFilter = ({ value, onChange, fullWidth }: OrganizationFilterProps) => {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const selectedId = typeof value === 'string' && value ? value : undefined;
  const { data: options = [], isFetching } = useGetList<Organization>(
    'organizations',
    { filter: q ? { q } : {}, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 25 } },
    { placeholderData: (previous) => previous },
  );
  const { data: selected } = useGetMany<Organization>('organizations', { ids: selectedId ? [selectedId] : [] }, { enabled: !!selectedId });
  const current = selectedId ? (selected?.[0] ?? options.find((o) => o.id === selectedId) ?? null) : null;
  return (
    <Autocomplete<Organization>
      size="small"
      options={current && !options.some((o) => o.id === current.id) ? [current, ...options] : options}
      value={current}
      loading={isFetching}
      // The server filters (q); the list shown is what it answered.
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, org) => onChange(org?.id)}
      onInputChange={(_, text, reason) => {
        if (reason === 'input') setQ(text);
        if (reason === 'clear' || reason === 'reset') setQ('');
      }}
      fullWidth={fullWidth}
      sx={fullWidth ? undefined : { minWidth: 240 }}
      data-testid="inbox-filter-organizationId"
      renderInput={(params) => <TextField {...params} fullWidth label={translate('resources.tasks.fields.organizationId')} />}
    />
  );
};
