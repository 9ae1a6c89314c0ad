import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SaturationPoint } from '../../domain/synthesis/saturation';
import { ChartImage } from '../../ui/ChartImage';
import { AXIS_TICK, CHART_PROPS, GRID_STROKE } from '../../ui/chartStyle';

interface Props {
  cohortLabel: string;
  curve: readonly SaturationPoint[];
}

/**
 * Loaded with React.lazy so recharts stays out of the first-load bundle; the table below it
 * carries the same numbers, so the chart is one labelled image.
 */
export default function SaturationChart({ cohortLabel, curve }: Props) {
  const data = curve.map((point) => ({
    position: point.position,
    codes: point.cumulativeCodes,
  }));
  return (
    <ChartImage
      label={`Line chart of distinct codes heard as ${cohortLabel.toLowerCase()} interviews accumulate; the numbers are in the table below.`}
      className="synthesis-chart"
    >
      <LineChart
        {...CHART_PROPS}
        data={data}
        style={{ width: '100%', height: 200 }}
        margin={{ top: 10, right: 20, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="position" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip />
        <Line
          dataKey="codes"
          name="Distinct codes"
          stroke="#1f3a5f"
          strokeWidth={2}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartImage>
  );
}
