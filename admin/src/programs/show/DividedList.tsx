import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** A list without bullets whose entries a line divides; with a height, it scrolls within it. */
export const DividedList = ({ maxHeight, children }: { maxHeight?: number; children: ReactNode }) => (
  <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, ...(maxHeight ? { maxHeight, overflowY: 'auto' } : {}) }}>
    {children}
  </Box>
);

/** An entry of a DividedList (`data-*` say what it holds): a line under each but the last. */
export const DividedItem = ({
  py = 1,
  children,
  ...data
}: { py?: number; children: ReactNode } & Record<`data-${string}`, string | number | undefined>) => (
  <Box component="li" sx={{ py, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }} {...data}>
    {children}
  </Box>
);
