import { flexRender, type ColumnDef, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { Account } from '../../domain/schemas/account';
import { isNumericColumn, type accountTableFeatures } from './accountColumns';

interface Props {
  row: Row<typeof accountTableFeatures, Account>;
  rowIndex: number;
  height: number;
  /** The columns the row's cells come from: new ones (new figures) re-render the row. */
  columns: readonly ColumnDef<typeof accountTableFeatures, Account>[];
  /** Changes when columns are shown or hidden, so a memoised row re-renders then too. */
  columnsKey: string;
}

/**
 * The table is given only the accounts in view, so a scroll step builds new row objects for
 * them all; a row whose account, columns and place are the same renders nothing new.
 */
const sameRow = (before: Props, after: Props) =>
  before.row.original === after.row.original &&
  before.columns === after.columns &&
  before.columnsKey === after.columnsKey &&
  before.rowIndex === after.rowIndex &&
  before.height === after.height;

/**
 * One account row. Memoised so that a scroll step renders only the rows entering the view;
 * cells call flexRender directly, as a component per cell doubles the work of a new row.
 */
export const AccountsTableRow = memo(function AccountsTableRow({ row, rowIndex, height }: Props) {
  return (
    <tr aria-rowindex={rowIndex} style={{ height }}>
      {row.getVisibleCells().map((cell) => {
        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
        return cell.column.id === 'name' ? (
          <th key={cell.id} scope="row">
            {content}
          </th>
        ) : (
          <td key={cell.id} className={isNumericColumn(cell.column.id) ? 'num' : undefined}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);
