import { useState } from 'react';
import { Box, Pagination } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * One page of a dashboard list (the lists arrive whole, already ordered by urgency) and the
 * control to turn pages, shown only when there is more than one page.
 */
export const usePage = <T,>(items: T[], perPage: number, testId: string) => {
  const translate = useTranslate();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(page, pages);
  const shown = items.slice((current - 1) * perPage, current * perPage);
  const control =
    pages > 1 ? (
      <Box sx={{ display: 'flex', justifyContent: 'center', pt: 1.5 }}>
        <Pagination
          size="small"
          count={pages}
          page={current}
          onChange={(_, value) => setPage(value)}
          data-testid={`${testId}-pagination`}
          getItemAriaLabel={(type, value) =>
            type === 'page'
              ? translate('mentorflow.dashboard.page_n', { page: value })
              : translate(`ra.navigation.${type === 'next' ? 'next' : type === 'previous' ? 'previous' : type}`, { _: type })
          }
        />
      </Box>
    ) : null;
  return { shown, control };
};
