import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { WrappedTick } from './WrappedTick';

export interface RadarSeries {
  /** The series' value in each row of the data. */
  key: string;
  /** Its name in the legend (translated). */
  name: string;
  color: string;
  fillOpacity: number;
  /** A baseline to compare with: a dashed line. */
  dashed?: boolean;
}

interface GradeRadarChartProps {
  /** A row per axis: its `name` and each series' grade under the series' key. */
  data: Record<string, string | number | null>[];
  series: RadarSeries[];
  /** The top of the grade scale. */
  max: number;
  /** Room for the wrapped names around the radar: its radius and the chart's margins. */
  outerRadius: string;
  margin: { top: number; right: number; bottom: number; left: number };
  tick: { chars: number; fontSize?: number };
}

/** Grades on a radar, one axis per element (or principle), the series in their own order in the legend. */
export const GradeRadarChart = ({ data, series, max, outerRadius, margin, tick }: GradeRadarChartProps) => (
  <ResponsiveContainer width="100%" height="100%">
    <RadarChart data={data} outerRadius={outerRadius} margin={margin}>
      <PolarGrid />
      <PolarAngleAxis dataKey="name" tick={<WrappedTick {...tick} />} />
      <PolarRadiusAxis domain={[0, max]} tickCount={max + 1} angle={90} tick={{ fontSize: 10 }} />
      {series.map((s) => (
        <Radar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          stroke={s.color}
          fill={s.color}
          fillOpacity={s.fillOpacity}
          strokeDasharray={s.dashed ? '4 3' : undefined}
          isAnimationActive={false}
        />
      ))}
      <Tooltip />
      {/* In series order (year 1 first), not alphabetical. */}
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
    </RadarChart>
  </ResponsiveContainer>
);
