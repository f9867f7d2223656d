import type { ReactElement } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { List, type ListProps } from 'react-admin';

type ResponsiveListProps = Omit<ListProps, 'children'> & {
  /** Below this width the list shows `narrow` (one line or card per record). */
  narrowBelow: 'sm' | 'md';
  narrow: ReactElement;
  /** The table, from that width up. */
  wide: ReactElement;
};

/** A react-admin list that swaps its table for a simpler list on small screens. */
export const ResponsiveList = ({ narrowBelow, narrow, wide, ...list }: ResponsiveListProps) => {
  const isNarrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down(narrowBelow));
  return <List {...list}>{isNarrow ? narrow : wide}</List>;
};
