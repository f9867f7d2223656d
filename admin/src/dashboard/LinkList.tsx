import type { ReactNode } from 'react';
import { List, ListItemButton, ListItemText } from '@mui/material';
import { Link } from 'react-router-dom';

export interface LinkRow {
  key: string;
  to: string;
  primary: ReactNode;
  secondary: ReactNode;
  /** What stands at the row's end: a due date, a count. */
  end?: ReactNode;
  /** The row's handle for tests (`data-testid` and any other `data-*`). */
  data: Record<`data-${string}`, string>;
}

/** A dashboard card's list: one line per row, each opening its page. */
export const LinkList = ({ rows, gap }: { rows: LinkRow[]; gap?: number }) => (
  <List dense disablePadding>
    {rows.map((row) => (
      <ListItemButton key={row.key} component={Link} to={row.to} divider sx={gap ? { gap } : undefined} {...row.data}>
        <ListItemText primary={row.primary} secondary={row.secondary} slotProps={{ primary: { noWrap: true } }} />
        {row.end}
      </ListItemButton>
    ))}
  </List>
);
