import { forwardRef, type KeyboardEvent } from 'react';
import { DataTableBody, DataTableRow, type DataTableBodyProps, type DataTableRowProps } from 'react-admin';

/**
 * List rows that the keyboard can reach and open: each row is in the Tab order and Enter (or
 * Space) does what a click does (rowClick: show, edit or expand). Use `body={LinkBody}` on a
 * DataTable, or wrap LinkRow in a row of your own. (The task inbox, built without DataTable, does
 * the same in tasks/inbox/InboxRows.tsx.)
 */
export const LinkRow = forwardRef<HTMLTableRowElement, DataTableRowProps>(({ onKeyDown, sx, ...props }, ref) => {
  const open = (event: KeyboardEvent<HTMLTableRowElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    // Only the row itself: Enter on a checkbox or button inside keeps its own meaning.
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.currentTarget.click();
    }
  };
  return (
    <DataTableRow
      ref={ref}
      tabIndex={0}
      data-row-link="true"
      onKeyDown={open}
      sx={[
        {
          '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
        },
        ...(Array.isArray(sx) ? sx : sx ? [sx] : []),
      ]}
      {...props}
    />
  );
});
LinkRow.displayName = 'LinkRow';

export const LinkBody = (props: DataTableBodyProps) => <DataTableBody {...props} row={LinkRow} />;
