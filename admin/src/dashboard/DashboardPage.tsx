import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import type { StatCardProps } from './StatCard';
import { StatGrid } from './StatGrid';
import { Welcome } from './Welcome';

interface DashboardPageProps {
  /** The role's page: `dashboard-<role>`. */
  testId: string;
  /** What the page shows, under the greeting. */
  hint: string;
  cards: (StatCardProps & { testId: string })[];
  children: ReactNode;
}

/** One role's dashboard: the greeting, a row of figures, then the role's cards and charts. */
export const DashboardPage = ({ testId, hint, cards, children }: DashboardPageProps) => (
  <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2, mb: 4 }} data-testid={testId}>
    <Welcome hint={hint} />
    <StatGrid cards={cards} />
    {children}
  </Box>
);
