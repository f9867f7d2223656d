import { lazy, Suspense, useState } from 'react';
import { Box, Button, MenuItem, TextField, useMediaQuery, type Theme } from '@mui/material';
import FilterListIcon from '@mui/icons-material/FilterList';
import { useQuery } from '@tanstack/react-query';
import { useListContext, useLocale, useTranslate } from 'react-admin';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import { advocacyTaskTypeChoices } from '../../advocacy/choices';
import { taskStatusChoices, taskTypeChoices } from '../../institutional/choices';
import { activeFilters, isSet, withFilter } from './filterValues';

// The organisation picker (an autocomplete: MUI's Autocomplete and popper) is fetched after
// the inbox's first paint; the other filters are plain selects, already in the login's bundle.
const OrganizationFilter = lazy(() => import('./OrganizationFilter').then((m) => ({ default: m.OrganizationFilter })));

const builtInTypeChoices = [...taskTypeChoices, ...advocacyTaskTypeChoices];

/** The built-in task types, then the designed programs' task types the person has tasks of. */
const useTypeChoices = () => {
  const dataProvider = useMentorflowDataProvider();
  const locale = useLocale();
  const { data } = useQuery({
    queryKey: ['tasks', 'designed-types'],
    queryFn: () => dataProvider.getDesignedTaskTypes(),
    staleTime: 5 * 60_000,
  });
  const designed = (data ?? []).map((t) => ({ id: t.id, name: (locale === 'tr' ? t.name.tr : t.name.en) || t.name.en || t.id, raw: true }));
  return [...builtInTypeChoices, ...designed];
};
const overdueChoices = [
  { id: 'true', name: 'mentorflow.due.filter_overdue' },
  { id: 'false', name: 'mentorflow.due.filter_on_time' },
];

interface SelectFilterProps {
  source: string;
  /** `name` is a message key, or with `raw` the text itself (a designed type's task name). */
  choices: { id: string; name: string; raw?: boolean }[];
  value: unknown;
  onChange: (value: string) => void;
  fullWidth: boolean;
}

const SelectFilter = ({ source, choices, value, onChange, fullWidth }: SelectFilterProps) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate(`resources.tasks.fields.${source}`)}
      value={isSet(value) ? String(value) : ''}
      onChange={(event) => onChange(event.target.value)}
      fullWidth={fullWidth}
      sx={fullWidth ? undefined : { minWidth: 180 }}
      data-testid={`inbox-filter-${source}`}
      slotProps={{ select: { MenuProps: { slotProps: { paper: { 'data-testid': `inbox-filter-${source}-menu` } as object } } } }}
    >
      <MenuItem value="">
        <em>{translate('mentorflow.inbox.any')}</em>
      </MenuItem>
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.raw ? choice.name : translate(choice.name)}
        </MenuItem>
      ))}
    </TextField>
  );
};

/**
 * The inbox's filters, light (no react-hook-form, no filter-form machinery): type, CSO,
 * overdue and status. Inline on wide screens; on a phone behind a "Filters (n)" button so the
 * tasks come first.
 */
export const InboxFilters = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [open, setOpen] = useState(false);
  const active = activeFilters(filterValues);
  const typeChoices = useTypeChoices();

  const change = (source: string, value: unknown) => setFilters(withFilter(filterValues, source, value), displayedFilters);

  const select = (source: string, choices: SelectFilterProps['choices']) => (
    <SelectFilter
      source={source}
      choices={choices}
      value={filterValues?.[source]}
      onChange={(v) => change(source, v)}
      fullWidth={isPhone}
    />
  );
  const fields = (
    <>
      {select('type', typeChoices)}
      <Suspense
        fallback={
          <TextField
            size="small"
            disabled
            label={translate('resources.tasks.fields.organizationId')}
            fullWidth={isPhone}
            sx={isPhone ? undefined : { minWidth: 240 }}
          />
        }
      >
        <OrganizationFilter value={filterValues?.organizationId} onChange={(v) => change('organizationId', v)} fullWidth={isPhone} />
      </Suspense>
      {select('overdue', overdueChoices)}
      {select('status', taskStatusChoices)}
    </>
  );

  if (!isPhone) {
    return (
      <Box data-testid="inbox-filters" data-layout="inline" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', py: 2 }}>
        {fields}
      </Box>
    );
  }
  return (
    <Box sx={{ py: 1 }}>
      <Button
        variant={active ? 'contained' : 'outlined'}
        size="small"
        startIcon={<FilterListIcon />}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls="inbox-filters"
        data-testid="inbox-filters-toggle"
        data-count={active}
      >
        {active ? translate('mentorflow.inbox.filters_count', { count: active }) : translate('mentorflow.inbox.filters')}
      </Button>
      {open && (
        <Box
          id="inbox-filters"
          data-testid="inbox-filters"
          data-layout="panel"
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 2 }}
        >
          {fields}
          <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
            <Button size="small" onClick={() => setFilters({}, displayedFilters)} disabled={!active} data-testid="inbox-filters-clear">
              {translate('mentorflow.inbox.clear')}
            </Button>
            <Button size="small" variant="contained" onClick={() => setOpen(false)} data-testid="inbox-filters-done">
              {translate('mentorflow.inbox.done')}
            </Button>
          </Box>
        </Box>
      )}
    </Box>
  );
};
