import type { RetentionRow } from '../../domain/cohortOverview';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatCount } from '../../ui/format';
import { formatPercent } from './overviewFormat';

const COLUMNS: readonly Column<RetentionRow>[] = [
  { header: 'Start quarter', rowHeader: true, cell: (row) => row.quarter },
  { header: 'Started', numeric: true, cell: (row) => formatCount(row.started) },
  { header: 'Retained', numeric: true, cell: (row) => formatCount(row.retained) },
  { header: 'Retention rate', numeric: true, cell: (row) => formatPercent(row.retentionRate) },
];

export function RetentionTable({ rows }: { rows: readonly RetentionRow[] }) {
  return (
    <DataTable
      wrap="overview-retention-wrap"
      className="overview-retention"
      caption="Customers retained, by the quarter they started"
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => row.quarter}
    />
  );
}
