import type { RetentionRow } from '../../domain/cohortOverview';
import { formatCount } from '../../ui/format';
import { formatPercent } from './overviewFormat';

export function RetentionTable({ rows }: { rows: readonly RetentionRow[] }) {
  return (
    <div className="table-wrap overview-retention-wrap">
      <table className="data-table overview-retention">
        <caption>Customers retained, by the quarter they started</caption>
        <thead>
          <tr>
            <th scope="col">Start quarter</th>
            <th scope="col" className="num">
              Started
            </th>
            <th scope="col" className="num">
              Retained
            </th>
            <th scope="col" className="num">
              Retention rate
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.quarter}>
              <th scope="row">{row.quarter}</th>
              <td className="num">{formatCount(row.started)}</td>
              <td className="num">{formatCount(row.retained)}</td>
              <td className="num">{formatPercent(row.retentionRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
