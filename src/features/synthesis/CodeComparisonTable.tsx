import type { CodeComparison, GroupNumbers } from '../../domain/synthesis/codeNumbers';
import { DataTable } from '../../ui/DataTable';
import { formatCount, formatDays, formatMoney } from '../../ui/format';
import { formatDecimal, formatShare } from './synthesisFormat';

interface Measure {
  label: string;
  show(group: GroupNumbers): string;
}

const MEASURES: Measure[] = [
  { label: 'Accounts', show: (g) => formatCount(g.accounts) },
  { label: 'Median ARR', show: (g) => `${formatMoney(g.arr.value)} (n = ${g.arr.n})` },
  {
    label: 'Median sales cycle',
    show: (g) => `${formatDays(g.salesCycleDays.value)} (n = ${g.salesCycleDays.n})`,
  },
  { label: 'Median NPS', show: (g) => `${formatDecimal(g.nps.value)} (n = ${g.nps.n})` },
  {
    label: 'Win rate',
    show: (g) => `${formatShare(g.winRate.value)} (${g.winRate.won} of ${g.winRate.closed} closed)`,
  },
];

export function CodeComparisonTable({ comparison }: { comparison: CodeComparison }) {
  return (
    <>
      <DataTable
        className="synthesis-compact"
        caption={`Interviewed accounts citing “${comparison.code.name}” against those that do not`}
        columns={[
          { header: 'Measure', rowHeader: true, cell: (measure) => measure.label },
          {
            header: 'Citing it',
            numeric: true,
            cell: (measure) => measure.show(comparison.citing),
          },
          {
            header: 'Not citing it',
            numeric: true,
            cell: (measure) => measure.show(comparison.notCiting),
          },
        ]}
        rows={MEASURES}
        rowKey={(measure) => measure.label}
      />
      {comparison.smallSample && (
        <p className="synthesis-flag">
          Small sample: fewer than 5 accounts on one side, so read the ratios as hints.
        </p>
      )}
      {comparison.statements.length === 0 ? (
        <p className="synthesis-note">Not enough numbers on both sides to compare.</p>
      ) : (
        <ul className="synthesis-statements">
          {comparison.statements.map((statement) => (
            <li key={statement}>{statement.charAt(0).toUpperCase() + statement.slice(1)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
