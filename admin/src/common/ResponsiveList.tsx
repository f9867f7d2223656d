import type { ReactElement } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { List, type ListProps, type SortPayload } from 'react-admin';

type ResponsiveListProps = Omit<ListProps, 'children'> & {
  /** Required: react-admin's default sort is "id", and the API only sorts by known columns. */
  sort: SortPayload;
  /** Below this width (md by default) the list shows `narrow` (one line or card per record). */
  narrowBelow?: 'sm' | 'md';
  narrow: ReactElement;
  /** The table, from that width up. */
  wide: ReactElement;
};

/** A react-admin list (25 a page unless told) that swaps its table for a simpler list on small screens. */
export const ResponsiveList = ({ narrowBelow = 'md', narrow, wide, perPage = 25, ...list }: ResponsiveListProps) => {
  const isNarrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down(narrowBelow));
  return (
    <List perPage={perPage} {...list}>
      {isNarrow ? narrow : wide}
    </List>
  );
};
