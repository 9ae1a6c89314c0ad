import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { COHORT_LABELS } from '../../domain/schemas/cohort';
import type { FailureCohortAnalysis } from '../../domain/synthesis/failureAnalysis';
import { ChartImage } from '../../ui/ChartImage';
import { AXIS_TICK, CHART_PROPS, GRID_STROKE } from '../../ui/chartStyle';

/**
 * Loaded with React.lazy so recharts stays out of the first-load bundle. The table beside it
 * carries the same numbers, so the chart is one labelled image.
 */
export default function FailureChart({ cohorts }: { cohorts: readonly FailureCohortAnalysis[] }) {
  const data = cohorts.map((analysis) => {
    const accounts = (category: string) =>
      analysis.categories.find((c) => c.category === category)?.accounts ?? 0;
    return {
      cohort: COHORT_LABELS[analysis.cohort],
      product: accounts('product'),
      process: accounts('process'),
      external: accounts('external'),
    };
  });
  return (
    <ChartImage
      label="Stacked bar chart of accounts per failure category for churners and lost deals; the numbers are in the table below."
      className="synthesis-chart"
    >
      <BarChart
        {...CHART_PROPS}
        data={data}
        layout="vertical"
        style={{ width: '100%', height: 180 }}
        margin={{ top: 10, right: 20, bottom: 0, left: 20 }}
      >
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="cohort" width={90} tick={AXIS_TICK} />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="product"
          name="Product"
          stackId="failure"
          fill="#8a2eb8"
          isAnimationActive={false}
        />
        <Bar
          dataKey="process"
          name="Process"
          stackId="failure"
          fill="#2e6fb8"
          isAnimationActive={false}
        />
        <Bar
          dataKey="external"
          name="External"
          stackId="failure"
          fill="#8d99a8"
          isAnimationActive={false}
        />
      </BarChart>
    </ChartImage>
  );
}
