import type { WinRateRow } from '../../domain/winRate';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatCount, formatDays } from '../../ui/format';
import { formatPercent } from './overviewFormat';

interface Props {
  rows: readonly WinRateRow[];
  traitLabel: string;
}

const countColumn = (header: string, count: (row: WinRateRow) => number): Column<WinRateRow> => ({
  header,
  numeric: true,
  cell: (row) => formatCount(count(row)),
});

export function WinRateTable({ rows, traitLabel }: Props) {
  const columns: Column<WinRateRow>[] = [
    { header: traitLabel, rowHeader: true, cell: (row) => row.value ?? 'Unknown' },
    countColumn('Won', (row) => row.won),
    countColumn('Lost', (row) => row.lost),
    countColumn('Open', (row) => row.open),
    countColumn('Closed', (row) => row.closed),
    { header: 'Win rate', numeric: true, cell: (row) => formatPercent(row.winRate) },
    {
      header: 'Median days to close (n won)',
      numeric: true,
      cell: (row) => (
        <>
          {formatDays(row.medianDaysToClose)}{' '}
          <span className="overview-n">(n = {row.daysToCloseN})</span>
        </>
      ),
    },
  ];
  return (
    <DataTable
      className="overview-winrate"
      caption={`Win rate and median days to close by ${traitLabel.toLowerCase()}, most closed deals first`}
      columns={columns}
      rows={rows}
      // A null value is the "Unknown" row; the NUL character cannot clash with a real value.
      rowKey={(row) => row.value ?? '\u0000unknown'}
    />
  );
}
