import type { WinRateRow } from '../../domain/winRate';
import { formatCount, formatDays } from '../../ui/format';
import { formatPercent } from './overviewFormat';

interface Props {
  rows: readonly WinRateRow[];
  traitLabel: string;
}

export function WinRateTable({ rows, traitLabel }: Props) {
  return (
    <div className="table-wrap">
      <table className="data-table overview-winrate">
        <caption>
          Win rate and median days to close by {traitLabel.toLowerCase()}, most closed deals first
        </caption>
        <thead>
          <tr>
            <th scope="col">{traitLabel}</th>
            <th scope="col" className="num">
              Won
            </th>
            <th scope="col" className="num">
              Lost
            </th>
            <th scope="col" className="num">
              Open
            </th>
            <th scope="col" className="num">
              Closed
            </th>
            <th scope="col" className="num">
              Win rate
            </th>
            <th scope="col" className="num">
              Median days to close (n won)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.value ?? '\u0000unknown'}>
              <th scope="row">{row.value ?? 'Unknown'}</th>
              <td className="num">{formatCount(row.won)}</td>
              <td className="num">{formatCount(row.lost)}</td>
              <td className="num">{formatCount(row.open)}</td>
              <td className="num">{formatCount(row.closed)}</td>
              <td className="num">{formatPercent(row.winRate)}</td>
              <td className="num">
                {formatDays(row.medianDaysToClose)}{' '}
                <span className="overview-n">(n = {row.daysToCloseN})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
