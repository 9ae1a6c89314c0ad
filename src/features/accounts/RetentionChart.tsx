import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { RetentionRow } from '../../domain/cohortOverview';
import { ChartImage } from '../../ui/ChartImage';
import { AXIS_TICK, CHART_PROPS, GRID_STROKE } from '../../ui/chartStyle';

interface Props {
  rows: readonly RetentionRow[];
}

/**
 * Loaded with React.lazy so recharts stays out of the first-load bundle. The table beside it
 * carries the same numbers, so the chart is one labelled image rather than a second,
 * keyboard-navigable copy of them.
 */
export default function RetentionChart({ rows }: Props) {
  const data = rows.map((row) => ({
    quarter: row.quarter,
    started: row.started,
    retained: row.retained,
    rate: row.retentionRate === null ? null : Math.round(row.retentionRate * 100),
  }));
  return (
    <ChartImage
      label="Chart of customers started and retained per start quarter, with the retention rate; the numbers are in the table below."
      className="overview-chart"
    >
      <ComposedChart
        {...CHART_PROPS}
        data={data}
        style={{ width: '100%', height: 300 }}
        margin={{ top: 10, right: 10, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="quarter" tick={AXIS_TICK} />
        <YAxis yAxisId="count" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" tick={AXIS_TICK} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="count" dataKey="started" name="Started" fill="#8d99a8" />
        <Bar yAxisId="count" dataKey="retained" name="Retained" fill="#1f3a5f" />
        <Line
          yAxisId="rate"
          dataKey="rate"
          name="Retention rate"
          unit="%"
          stroke="#2563eb"
          strokeWidth={2}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartImage>
  );
}
