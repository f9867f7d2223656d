import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** The column splits the dashboards and the report use, one column on a phone. */
const SPLITS = {
  /** Two equal columns from a tablet up. */
  halves: { xs: '1fr', md: '1fr 1fr' },
  /** A wide main column and a narrower one beside it from a laptop up. */
  mainAside: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
  /** Two equal columns from a laptop up. */
  wideHalves: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
} as const;

/** Cards side by side, each column as tall as its content. */
export const Columns = ({ split, children }: { split: keyof typeof SPLITS; children: ReactNode }) => (
  <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: SPLITS[split], alignItems: 'start' }}>{children}</Box>
);

/** A stack of cards within a column. */
export const Stack = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>{children}</Box>;
