import type { ReactNode } from 'react';
import { TableScroll } from './TableScroll';

export interface Column<Row> {
  /** The column's header; a visually hidden span names a column of buttons. */
  header: ReactNode;
  cell(row: Row): ReactNode;
  /** Right-aligned, tabular figures, header included. */
  numeric?: boolean;
  /** This column's cell names its row (th scope="row"); screen readers announce it per cell. */
  rowHeader?: boolean;
  /** On every cell of the column, not its header. */
  className?: string;
  headerClassName?: string;
}

interface Props<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** The table's name. Without one, give `labelledBy`. */
  caption?: ReactNode;
  /** The caption is still read out, for tables whose heading already says what they are. */
  captionHidden?: boolean;
  labelledBy?: string;
  /** Shown in place of the table when there are no rows; without it an empty table shows. */
  empty?: ReactNode;
  /** Classes beside data-table. */
  className?: string;
  /** The bordered box around the table: on by default, a string adds classes. */
  wrap?: boolean | string;
  /**
   * For a box that scrolls (one with a max-height): names it as a region that takes focus, so a
   * keyboard user can scroll it. A box that never scrolls needs neither.
   */
  scrollLabel?: string;
  rowClassName?(row: Row): string | undefined;
}

const join = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** A plain data table: caption, column headers, one row per item, and an empty state. */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionHidden,
  labelledBy,
  empty,
  className,
  wrap = true,
  scrollLabel,
  rowClassName,
}: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const table = (
    <table className={join('data-table', className)} aria-labelledby={labelledBy}>
      {caption !== undefined && (
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={join(column.numeric && 'num', column.headerClassName) || undefined}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((column, index) => {
              const Cell = column.rowHeader ? 'th' : 'td';
              return (
                <Cell
                  key={index}
                  scope={column.rowHeader ? 'row' : undefined}
                  className={join(column.numeric && 'num', column.className) || undefined}
                >
                  {column.cell(row)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (wrap === false) return table;
  const extra = typeof wrap === 'string' ? wrap : undefined;
  if (scrollLabel !== undefined) {
    return (
      <TableScroll className={extra} label={scrollLabel}>
        {table}
      </TableScroll>
    );
  }
  return <div className={join('table-wrap', extra)}>{table}</div>;
}
