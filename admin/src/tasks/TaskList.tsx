import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Box, Card, CircularProgress, IconButton, MenuItem, TextField, Typography, useMediaQuery, type Theme } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { ListBase, useGetIdentity, useListContext, usePermissions, useTranslate } from 'react-admin';
import { worksOnOwnPortfolio, type Role } from '../auth/roles';
import { INBOX_FILTERS, isSet } from './inbox/filterValues';
import { InboxFilters } from './inbox/InboxFilters';
import { InboxCards, InboxTable } from './inbox/InboxRows';
import { TaskEmpty } from './TaskEmpty';

/**
 * The page's name in the app bar (#react-admin-title), as react-admin's <Title> puts it there,
 * without the configurable title's editor (a popover and preferences) that <Title> brings.
 */
const Title = ({ title }: { title: string }) => {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useEffect(() => setContainer(document.getElementById('react-admin-title')), []);
  return container ? createPortal(<span>{title}</span>, container) : null;
};

const PER_PAGE_CHOICES = [10, 25, 50];

/**
 * Previous / next page and the page size. Plain buttons rather than MUI's TablePagination, whose
 * page buttons come with tooltips (popper) the inbox otherwise does without.
 */
const Pagination = () => {
  const { page, perPage, total = 0, setPage, setPerPage } = useListContext();
  const translate = useTranslate();
  if (total <= PER_PAGE_CHOICES[0]) return null;
  const from = (page - 1) * perPage + 1;
  const to = Math.min(page * perPage, total);
  const previous = translate('ra.navigation.previous');
  const next = translate('ra.navigation.next');
  return (
    <Box
      data-testid="inbox-pagination"
      sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, px: 2, py: 1 }}
    >
      <TextField
        select
        size="small"
        variant="standard"
        label={translate('ra.navigation.page_rows_per_page')}
        value={perPage}
        onChange={(event) => setPerPage(Number(event.target.value))}
        sx={{ minWidth: 120 }}
      >
        {PER_PAGE_CHOICES.map((n) => (
          <MenuItem key={n} value={n}>
            {n}
          </MenuItem>
        ))}
      </TextField>
      <Typography variant="body2" sx={{ mx: 1 }} data-testid="inbox-page-range">
        {translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total })}
      </Typography>
      <IconButton
        onClick={() => setPage(page - 1)}
        disabled={page <= 1}
        aria-label={previous}
        title={previous}
        data-testid="inbox-page-previous"
      >
        <ChevronLeftIcon />
      </IconButton>
      <IconButton onClick={() => setPage(page + 1)} disabled={to >= total} aria-label={next} title={next} data-testid="inbox-page-next">
        <ChevronRightIcon />
      </IconButton>
    </Box>
  );
};

const InboxView = ({ title, own }: { title: string; own: boolean }) => {
  const { data, total, isPending, filterValues } = useListContext();
  const translate = useTranslate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const filtered = INBOX_FILTERS.some((key) => key !== 'status' && isSet(filterValues?.[key]));
  // Nothing waiting at all (not "no match for the filters"): say so rather than show an empty table.
  if (!isPending && total === 0 && !filtered && (!filterValues?.status || filterValues.status === 'open')) {
    return (
      <>
        <Title title={title} />
        <InboxFilters />
        <TaskEmpty />
      </>
    );
  }
  return (
    <Box data-testid="task-inbox">
      <Title title={title} />
      <InboxFilters />
      <Card>
        {isPending ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
            <CircularProgress size={32} />
          </Box>
        ) : data?.length ? (
          isSmall ? (
            <InboxCards />
          ) : (
            <InboxTable showAssignee={!own} />
          )
        ) : (
          <Typography sx={{ p: 2 }} color="text.secondary" data-testid="inbox-no-results">
            {translate('ra.navigation.no_filtered_results', { _: translate('ra.navigation.no_results') })}
          </Typography>
        )}
        <Pagination />
      </Card>
    </Box>
  );
};

/**
 * The task inbox. Mentors and gender experts see the tasks assigned to them ("My tasks");
 * program managers and admins every task. Open tasks by due date, so overdue ones first.
 * A row opens the task's form.
 *
 * Built on ListBase with light parts of its own (MUI table, selects) rather than react-admin's
 * <List>/<DataTable>/filter form: this is the mentor's first screen after signing in, and those
 * (react-hook-form, autocomplete, popper, exporter, column chooser) doubled what it downloads.
 */
export const TaskList = () => {
  const { permissions, isPending: permissionsPending } = usePermissions<Role>();
  const { identity, isPending: identityPending } = useGetIdentity();
  const translate = useTranslate();
  if (permissionsPending || identityPending) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
        <CircularProgress size={32} />
      </Box>
    );
  }
  const own = worksOnOwnPortfolio(permissions);
  const title = own ? translate('mentorflow.menu.my_tasks') : translate('resources.tasks.name', { smart_count: 2 });
  return (
    <ListBase
      sort={{ field: 'dueAt', order: 'ASC' }}
      filter={own && identity ? { assigneeId: identity.id } : undefined}
      filterDefaultValues={{ status: 'open' }}
      perPage={25}
      // A new task may arrive at any time (the workflow opens them).
      queryOptions={{ refetchInterval: 60_000 }}
      exporter={false}
    >
      <InboxView title={title} own={own} />
    </ListBase>
  );
};
