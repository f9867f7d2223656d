import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from '@mui/material';

/** Rows of one figure each (visits per mentor, CSOs per mentor) as horizontal bars. */
export const barsHeight = (rows: number) => Math.max(rows * 30 + 36, 120);

export const NamedBars = ({ rows, color, label }: { rows: { name: string; value: number }[]; color: string; label: string }) => {
  const theme = useTheme();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 36, bottom: 0, left: 8 }} barCategoryGap={6}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(value) => [value, label]} />
        <Bar dataKey="value" fill={color} isAnimationActive={false} radius={[0, 4, 4, 0]}>
          <LabelList dataKey="value" position="right" fontSize={12} fill={theme.palette.text.secondary} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};
