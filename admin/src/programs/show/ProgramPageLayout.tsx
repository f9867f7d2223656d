import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** The page of a program (`data-testid="program-page"`), its panels one under the other; `data-*` say what it shows. */
export const ProgramPage = ({ children, ...data }: { children: ReactNode } & Record<`data-${string}`, string | undefined>) => (
  <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }} data-testid="program-page" {...data}>
    {children}
  </Box>
);

/**
 * Two columns side by side on a wide screen, one under the other below it. `ratio` is the
 * columns' widths (equal by default).
 */
export const Columns = ({ children, ratio = [1, 1] }: { children: ReactNode; ratio?: [number, number] }) => (
  <Box
    sx={{
      display: 'grid',
      gap: 2,
      gridTemplateColumns: { xs: '1fr', lg: `minmax(0, ${ratio[0]}fr) minmax(0, ${ratio[1]}fr)` },
      alignItems: 'start',
    }}
  >
    {children}
  </Box>
);

/** Panels stacked in one column. */
export const Panels = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'grid', gap: 2 }}>{children}</Box>;
