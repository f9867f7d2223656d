import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from '@mui/material';
import { ChartCard } from './ChartCard';

interface NamedBarsCardProps {
  title: string;
  subheader?: string;
  /** Rows of one figure each (visits per mentor, CSOs per mentor), in the order shown. */
  rows: { key?: string; name: string; value: number; muted?: boolean }[];
  color: string;
  /** Width of the names' column. */
  namesWidth?: number;
  /** The chart's height, by default as tall as its rows. */
  height?: number;
  /** Whether there is nothing to show, by default when there are no rows. */
  empty?: boolean;
  /** What the figure counts, in the tooltip. */
  label: string;
  emptyText: string;
  testId: string;
}

/** A card of horizontal bars, one a row (muted rows in grey). */
export const NamedBarsCard = ({
  title,
  subheader,
  rows,
  color,
  label,
  namesWidth = 150,
  height = Math.max(rows.length * 30 + 36, 120),
  empty = rows.length === 0,
  emptyText,
  testId,
}: NamedBarsCardProps) => {
  const theme = useTheme();
  return (
    <ChartCard title={title} subheader={subheader} height={height} empty={empty} emptyText={emptyText} testId={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 36, bottom: 0, left: 8 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={namesWidth} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => [value, label]} />
          <Bar dataKey="value" fill={color} isAnimationActive={false} radius={[0, 4, 4, 0]}>
            {rows.map((row, index) => (
              <Cell key={row.key ?? index} fill={row.muted ? theme.palette.grey[400] : color} />
            ))}
            <LabelList dataKey="value" position="right" fontSize={12} fill={theme.palette.text.secondary} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
