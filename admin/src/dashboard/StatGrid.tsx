import { Box } from '@mui/material';
import { StatCard, type StatCardProps } from './StatCard';

/** How wide a card may shrink: the dashboards' row of cards, or the report's grid of figures. */
const COLUMNS = {
  dashboard: 'repeat(auto-fit, minmax(210px, 1fr))',
  report: 'repeat(auto-fill, minmax(min(100%, 240px), 1fr))',
} as const;

/**
 * A grid of figures, each configured by data (one entry per card), in the way react-admin's
 * Posters Galore dashboard lays out its cards. A card's React key is its test id.
 */
export const StatGrid = ({
  cards,
  layout = 'dashboard',
}: {
  cards: (StatCardProps & { testId: string })[];
  layout?: keyof typeof COLUMNS;
}) => (
  <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: COLUMNS[layout] }}>
    {cards.map((card) => (
      <StatCard key={card.testId} {...card} />
    ))}
  </Box>
);
