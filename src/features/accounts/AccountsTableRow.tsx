import { flexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { Account } from '../../domain/schemas/account';
import { isNumericColumn, type accountTableFeatures } from './accountColumns';

interface Props {
  row: Row<typeof accountTableFeatures, Account>;
  rowIndex: number;
  height: number;
  /** Changes when columns are shown or hidden, so a memoised row re-renders then too. */
  columnsKey: string;
}

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
});
